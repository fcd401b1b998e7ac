import type { PageMessages } from '../en/page';

export const page: PageMessages = {
  'page.badge.nothingDue': 'Suivie — aucune échéance',
  'page.badge.noDeadline': 'Aucune échéance n’est connue pour cette commande.',
  'page.badge.overdue': 'En retard : {text}',
  'page.badge.action': 'Buyer Guard, commande {orderId} : voir la prochaine étape',
  'page.badge.label': '{text}, {left} ({source}). {action}',
  'page.badge.labelWithUrgency': '{text}, {left} ({source}) — {urgency}. {action}',
  'page.badge.labelNoDeadline': '{text}. {action}',
  'page.panel.brand': 'Buyer Guard · commande {orderId}',
  'page.panel.openGuide': 'Ouvrir le guide',
  'page.panel.close': 'Fermer',
  'page.panel.guideFailed': 'Impossible d’ouvrir le guide. Ouvrez Buyer Guard depuis la barre d’outils du navigateur.',
  'page.panel.notTracked.title': 'Pas encore suivie',
  'page.panel.notTracked.why': 'Buyer Guard n’a pas encore enregistré cette commande.',
  'page.notice.notRead': 'Buyer Guard n’a pas pu lire cette page : sa mise en page est nouvelle pour Buyer Guard.',
  'page.notice.partlyRead':
    '{count, plural, one {Buyer Guard a lu cette page, mais # détail n’a pas pu être lu.} other {Buyer Guard a lu cette page, mais # détails n’ont pas pu être lus.}}',
  'page.notice.privacy':
    'Le rapport montre comment la page est construite, pas vos commandes, noms ou adresses. Rien n’est envoyé.',
  'page.notice.save': 'Enregistrer un rapport',
  'page.notice.dismiss': 'Ignorer',
  'page.capture.tab-gone': 'L’onglet AliExpress est fermé : il n’y a rien à capturer.',
  'page.capture.no-access':
    'Buyer Guard ne peut pas capturer cet onglet : il a changé de page depuis que vous y avez cliqué sur l’icône de Buyer Guard, ou l’icône a été cliquée sur un autre onglet.',
  'page.capture.not-marketplace': 'Cet onglet n’affiche plus une page AliExpress : Buyer Guard ne le capture pas.',
  'page.capture.capture-failed': 'Le navigateur a refusé de capturer l’onglet.',
  'page.capture.withDetail': '{message} ({detail})',
};
