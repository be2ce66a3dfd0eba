// The French words of invite-messages.ts: the reference wording, and the fallback for every language.
export const fr = {
  'template.empty': "Le modèle d'invitation est vide.",
  'template.unknownPlaceholder': "Le modèle contient « {placeholder} », qui n'est pas un champ connu ; champs possibles : {known}.",
  'template.unclosedBrace': "Le modèle contient une accolade « { » non fermée (caractère {position}). Écrivez « {{ » pour une accolade seule.",
  'template.unopenedBrace': "Le modèle contient une accolade « } » sans accolade ouvrante (caractère {position}). Écrivez « }} » pour une accolade seule.",
  'template.missingUrl': 'Le modèle doit contenir {url} : sans lien, personne ne peut rejoindre la réunion.',
  'template.urlLineOptional': "La ligne qui contient {url} contient aussi « {placeholder} », qui peut être vide : mettez « {placeholder} » sur une autre ligne, pour que le lien ne disparaisse jamais de l'invitation.",
  'template.reservedLine': "Le modèle contient une ligne de « {character} » : ces lignes encadrent les blocs d'invitation et ne peuvent pas figurer dans le texte.",
  'template.htmlForbidden': "Le modèle HTML contient « {tag} », qui n'a pas sa place dans une invitation (scripts, styles, cadres, formulaires, images et documents complets sont exclus).",
  'template.htmlAttribute': "Le modèle HTML contient l'attribut « {attribute} », qui n'est pas autorisé (gestionnaires d'événements, liens javascript:, data: ou vbscript:).",
  'template.htmlStyle': "Le modèle HTML contient un attribut « {attribute} » qui charge ou exécute quelque chose (url(, expression(, @import, image-set() : les images distantes servent à pister les lecteurs ; gardez des styles simples (couleurs, marges, gras).",
  'template.htmlUnbalanced': "Le modèle HTML est mal formé : la balise « {tag} » n'est pas fermée, ou est fermée sans avoir été ouverte.",
} as const;

export type InviteMessageKey = keyof typeof fr;
