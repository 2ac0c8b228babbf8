// The last results of a pure analysis of a text, for analyses that several rules (or one rule twice) ask for on the
// same segment: nameTokens (findPersonMentions and no-patient-identifier), patientVoice (no-patient-identifier,
// no-testimonial, no-promotional-wording), personClues (no-patient-identifier, no-testimonial, no-before-after).
// Each was computed again on every request (issue #9). Also textIndex's indexes. Keyed by the text and the
// companions' identity (the name lists passed in); a few entries, so that a segment's rules find theirs.

export class TextMemo<T> {
  private readonly entries = new Map<string, { with: readonly unknown[]; value: T }>();

  /** `size`: how many texts are kept (the oldest is dropped first). */
  constructor(private readonly size = 16) {}

  /** The value for this text and these companions (compared by identity), computed when not kept. */
  get(text: string, companions: readonly unknown[], compute: () => T): T {
    const kept = this.entries.get(text);
    if (kept && kept.with.length === companions.length && kept.with.every((c, i) => c === companions[i])) return kept.value;
    const value = compute();
    if (this.entries.size >= this.size && !kept) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(text, { with: companions, value });
    return value;
  }
}
