#!/usr/bin/env bash
# Installs postlint as its users do, from the last commit of this repository, and checks that it runs:
#   tarball     npm pack, then npm i -g <tarball> into a temporary prefix (no TypeScript needed there)
#   git         npm i -D git+file://<clone> in a project, and npm i -g of `npm pack git+file://<clone>`
#   pre-commit  the real pre-commit framework on a temporary repo using this repo's .pre-commit-hooks.yaml:
#               a post with a violation fails with postlint's diagnostics, a clean post passes
# Usage: scripts/check-install.sh [tarball] [git] [pre-commit]   (default: all three)
# A part whose tool is missing (pre-commit) or that needs the network while it is unreachable is skipped with a
# line saying why (exit 0); a part that runs and fails exits 1.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PARTS=("$@")
[ ${#PARTS[@]} -eq 0 ] && PARTS=(tarball git pre-commit)
WORK="$(mktemp -d "${TMPDIR:-/tmp}/postlint-install-XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
export npm_config_prefer_offline=true npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
failed=0

say() { printf 'check-install: %s\n' "$*" >&2; }
fail() { say "ÉCHEC : $*"; failed=1; }
skip() { say "ignoré : $*"; }
wants() { local p; for p in "${PARTS[@]}"; do [ "$p" = "$1" ] && return 0; done; return 1; }
# A failed npm command: skipped when the network it needed is unreachable, failed otherwise.
npm_failed() {
  if grep -Eq 'ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ENOTCACHED|ENETUNREACH' "$2"; then skip "$1 : réseau injoignable et paquets absents du cache npm"; return 0; fi
  tail -20 "$2" >&2; fail "$1"; return 1
}

printf -- '-30 %% sur votre blanchiment dentaire jusqu’à dimanche !\n' > "$WORK/promo.md"
printf 'Cabinet fermé du 1er au 15 août ; en cas d’urgence, appelez le 15.\n' > "$WORK/clean.md"

# An installed postlint: the version, a violation (exit 1, with the rule's id), a clean post (exit 0), and
# --explain with its examples although the fixtures are not installed.
check_bin() {
  local what="$1" bin="$2" out
  "$bin" --version > "$WORK/v.txt" 2>&1 || { cat "$WORK/v.txt" >&2; fail "$what : postlint --version"; return; }
  out="$("$bin" --no-config-lookup "$WORK/promo.md" 2>&1)"
  [ $? -eq 1 ] && grep -q 'no-price-promotion' <<<"$out" || { printf '%s\n' "$out" >&2; fail "$what : violation non signalée"; return; }
  "$bin" --no-config-lookup "$WORK/clean.md" > /dev/null 2>&1 || { fail "$what : un post correct échoue"; return; }
  "$bin" --explain no-price-promotion 2>&1 | grep -q '## Exemples incorrects' || { fail "$what : --explain sans exemples"; return; }
  say "$what : postlint $(cat "$WORK/v.txt") installé et fonctionnel"
}

# The committed state, as a user or pre-commit gets it.
git clone -q "$ROOT" "$WORK/clone" || { fail "git clone"; exit 1; }
REV="$(git -C "$WORK/clone" rev-parse HEAD)"

if wants tarball; then
  if (cd "$ROOT" && npm pack --pack-destination "$WORK" > "$WORK/pack.out" 2> "$WORK/pack.err"); then
    tgz="$WORK/$(tail -1 "$WORK/pack.out")"
    if [ ! -f "$tgz" ]; then cat "$WORK/pack.out" >&2; fail "npm pack : sa sortie standard n’est pas le seul nom de l’archive"
    elif tar tzf "$tgz" | grep -Eq '^package/(fixtures|tests|scripts|\.ci|src)/'; then fail "l’archive contient des fichiers de développement"
    elif npm i -g --prefix "$WORK/global-tgz" "$tgz" > "$WORK/i.log" 2>&1; then check_bin "npm i -g <archive>" "$WORK/global-tgz/bin/postlint"
    else npm_failed "npm i -g <archive>" "$WORK/i.log"; fi
  else npm_failed "npm pack" "$WORK/pack.err"; fi
fi

if wants git; then
  mkdir -p "$WORK/project" && printf '{"name":"site","private":true}\n' > "$WORK/project/package.json"
  if (cd "$WORK/project" && npm i -D "git+file://$WORK/clone#$REV" > "$WORK/g.log" 2>&1); then check_bin "npm i -D git+file://…" "$WORK/project/node_modules/.bin/postlint"
  else npm_failed "npm i -D git+file://…" "$WORK/g.log"; fi
  # npm i -g git+… itself leaves a link to a deleted folder for any package with a prepare script (npm bug
  # https://github.com/npm/cli/issues/6984): the README installs the packed clone instead.
  # The README's command, with a temporary prefix.
  mkdir -p "$WORK/gitpack"
  if (cd "$WORK/gitpack" && npm i -g --prefix "$WORK/global-git" "./$(npm pack "git+file://$WORK/clone#$REV" 2> "$WORK/gp.log" | tail -1)" >> "$WORK/gp.log" 2>&1); then
    check_bin "npm i -g \"./\$(npm pack git+file://… | tail -1)\"" "$WORK/global-git/bin/postlint"
  else npm_failed "npm i -g <archive du clone>" "$WORK/gp.log"; fi
fi

if wants pre-commit; then
  if ! command -v pre-commit > /dev/null; then skip "pre-commit : commande absente (Debian : apt-get install pre-commit)"
  else
    repo="$WORK/content"
    mkdir -p "$repo" && git -C "$repo" init -q
    printf 'repos:\n  - repo: file://%s\n    rev: %s\n    hooks:\n      - id: postlint\n' "$WORK/clone" "$REV" > "$repo/.pre-commit-config.yaml"
    cp "$WORK/promo.md" "$repo/promo.md" && cp "$WORK/clean.md" "$repo/clean.md"
    git -C "$repo" add -A
    export PRE_COMMIT_HOME="$WORK/pre-commit-home"
    (cd "$repo" && pre-commit run --files promo.md) > "$WORK/pc1.txt" 2>&1; code=$?
    if [ $code -eq 1 ] && grep -q 'no-price-promotion' "$WORK/pc1.txt" && grep -q '✖ 1 problème\|✖ 1 problem' "$WORK/pc1.txt"; then
      if (cd "$repo" && pre-commit run --files clean.md) > "$WORK/pc2.txt" 2>&1; then say "pre-commit $(pre-commit --version | cut -d' ' -f2) : le hook échoue sur la violation avec le diagnostic de postlint, passe sur le post correct"
      else cat "$WORK/pc2.txt" >&2; fail "pre-commit : le post correct échoue"; fi
    elif grep -Eq 'ENOTFOUND|EAI_AGAIN|ENOTCACHED|ENETUNREACH' "$WORK/pc1.txt"; then skip "pre-commit : réseau injoignable et paquets absents du cache npm"
    else cat "$WORK/pc1.txt" >&2; [ -f "$PRE_COMMIT_HOME/pre-commit.log" ] && tail -40 "$PRE_COMMIT_HOME/pre-commit.log" >&2; fail "pre-commit : le hook n’a pas rendu le diagnostic attendu (code $code)"; fi
  fi
fi

exit $failed
