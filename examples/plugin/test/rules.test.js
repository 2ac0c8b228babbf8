// The plugin's tests, with postlint's own RuleTester: `npm test` (node --test) in this folder, after
// `npm install` (which links the postlint of this repository, or installs it from npm in a real project).
import { RuleTester } from 'postlint/testing';
import plugin from '../index.js';

const tester = new RuleTester();

tester.run('exemple/no-money-emoji', plugin.rules['no-money-emoji'], {
  valid: ['Consultations sur rendez-vous, du lundi au vendredi. 🦷', 'Le code `💸` ne compte pas : il est dans du code.'],
  invalid: [
    {
      code: 'Votre sourire mérite le meilleur 💸💸',
      errors: [
        { messageId: 'money', data: { match: '💸' }, line: 1, column: 34, endColumn: 36 },
        { messageId: 'money', data: { match: '💸' }, line: 1, column: 36, endColumn: 38 },
      ],
    },
    {
      code: '# Rentrée\n\n**Bilan** offert 💶 aux nouveaux patients.',
      errors: [{ messageId: 'money', line: 3, column: 18 }],
    },
  ],
});

const brands = { brands: ['Zorglub', 'Dentoblanc'] };
tester.run('exemple/no-brand', plugin.rules['no-brand'], {
  valid: [
    { code: 'Découvrez notre nouveau fauteuil.', options: brands },
    { code: 'Nous ne travaillons pas avec Zorglub.', options: brands },
    { code: 'Zorglub partout, mais aucune marque configurée.' },
  ],
  invalid: [
    {
      code: 'Découvrez ZORGLUB, notre nouveau fauteuil !',
      options: brands,
      errors: [
        {
          messageId: 'brand',
          data: { match: 'ZORGLUB' },
          line: 1,
          column: 11,
          endColumn: 18,
          suggestions: [{ desc: 'Remplacer par « ce produit »', output: 'Découvrez ce produit, notre nouveau fauteuil !' }],
        },
      ],
    },
    {
      code: 'Le dentifrice #Dentoblan que nous conseillons.',
      options: brands,
      errors: [{ messageId: 'brand', line: 1, column: 16 }],
    },
  ],
});
