import type { ListMessages } from '../en/list';

export const list: ListMessages = {
  'list.settings': 'Paramètres',
  'list.footer': 'Vos commandes et vos preuves restent sur cet appareil.',
  'list.loading': 'Chargement…',
  'list.title': 'Commandes',
  'list.openMyOrders': 'Ouvrir Mes commandes',
  'list.openMyOrders.newTab': 'Ouvrir Mes commandes sur AliExpress (nouvel onglet)',

  'list.filter.legend': 'Afficher seulement',
  'list.filter.overdue': 'En retard ({count, number})',
  'list.filter.urgent': 'Urgentes ({count, number})',
  'list.filter.soon': 'Bientôt ({count, number})',
  'list.filter.upcoming': 'À venir ({count, number})',
  'list.search.label': 'Rechercher des commandes',
  'list.search.placeholder': 'Article, boutique ou numéro de commande',
  'list.status.label': 'Statut',
  'list.status.any': 'Tous les statuts',
  'list.store.label': 'Boutique',
  'list.store.any': 'Toutes les boutiques',
  'list.disputesOnly': 'Litiges seulement',
  'list.noMatch': 'Aucune commande ne correspond à ces filtres.',
  'list.empty.title': 'Pas encore de commande',
  'list.empty.text':
    'Ouvrez Mes commandes sur AliExpress : Buyer Guard lit vos commandes sur la page et affiche ici leurs échéances.',
  'list.count': '{count, plural, one {# commande} other {# commandes}}',

  'list.item.items': '{count, plural, one {# article} other {# articles}}',
  'list.item.more': '+ {count, plural, one {# autre} other {# autres}}',
  'list.item.noTitle': 'Article pas encore lu',
  'list.item.noStore': 'Boutique pas encore lue',
  'list.item.dispute': 'Litige',
  'list.item.noDeadline': 'Aucune date à surveiller',
  'list.urgency.overdue': 'En retard',
  'list.urgency.urgent': 'Urgent',
  'list.urgency.soon': 'Bientôt',
  'list.urgency.upcoming': 'À venir',
  'list.urgency.none': 'Rien ne presse',
  'list.chip.title': '{urgency} · {source}',

  'order.status.awaiting-payment': 'En attente de paiement',
  'order.status.awaiting-shipment': 'En attente d’expédition',
  'order.status.shipped': 'Expédiée',
  'order.status.delivered': 'Livrée',
  'order.status.completed': 'Terminée',
  'order.status.closed': 'Fermée',
  'order.status.unknown': 'Statut pas encore lu',

  'list.page.order-list': 'Mes commandes',
  'list.page.order-detail': 'la page de la commande',
  'list.page.tracking': 'la page de suivi',
  'list.page.dispute': 'retours et remboursements',
  'list.page.unknown': 'une page AliExpress',
  'list.when.justNow': 'à l’instant',
  'list.status.read': 'Lu {when} : {page}, {count, plural, one {# commande} other {# commandes}}',
  'list.status.failed': 'Impossible de lire {page} ({when}) : {reason}',
  'list.status.seen': 'Ouvert {when} : {page}',
  'list.status.none':
    'Aucune page de commandes AliExpress lue pour l’instant. Ouvrez Mes commandes sur AliExpress pour commencer.',
  'list.status.error': 'L’arrière-plan de Buyer Guard n’a pas répondu : {error}',
  'list.status.noAnswer': 'L’arrière-plan de Buyer Guard n’a pas répondu. Fermez cette fenêtre et rouvrez-la.',
  'list.failure.not-a-buyer-page': 'ce n’est pas une page de commande.',
  'list.failure.layout-not-recognised': 'sa mise en page est nouvelle pour Buyer Guard.',
  'list.failure.not-signed-in': 'vous n’êtes pas connecté.',
  'list.failure.empty': 'elle n’affiche aucune commande.',
  'list.failure.verification-required':
    'AliExpress vous demande d’abord sa vérification anti-robot ; les commandes sont lues dès qu’elles s’affichent.',

  'list.report.partly': '{count, plural, one {Un détail n’a pas pu être lu.} other {# détails n’ont pas pu être lus.}}',
  'list.report.save': 'Enregistrer un rapport',
  'list.report.privacy':
    'Le rapport montre comment la page est construite, pas vos commandes, noms ni adresses. Rien n’est envoyé.',
  'list.report.none': 'Aucun rapport n’a été gardé pour cette page : rouvrez-la et attendez quelques secondes.',
  'list.report.failed': 'Impossible d’enregistrer le rapport.',

  'list.note.notStored':
    'Buyer Guard n’a pas pu enregistrer cette lecture ; tout ce qui était enregistré reste inchangé.',
  'list.note.dropped':
    '{count, plural, one {# commande n’a pas été gardée} other {# commandes n’ont pas été gardées}} : la page a donné une valeur que Buyer Guard ne peut pas utiliser (commande {orderId} : {why}).',
  'list.note.shortened':
    '{count, plural, one {# texte de la page dépassait ce que Buyer Guard conserve et a été raccourci.} other {# textes de la page dépassaient ce que Buyer Guard conserve et ont été raccourcis.}}',
  'list.note.tooManyReadings':
    'Cette page a changé plus vite que quiconque ne peut la lire : Buyer Guard a cessé de la lire pendant une minute. Rien de ce qui était enregistré n’est perdu ; il la relit après la pause.',
  'list.note.tooManyNewOrders':
    '{count, plural, one {# nouvelle commande n’a pas été gardée} other {# nouvelles commandes n’ont pas été gardées}} : la page a montré en une minute plus de nouvelles commandes que Buyer Guard n’en prend d’une page. Rien de ce qui était enregistré n’est perdu ; il relit la page dans une minute.',
  'list.note.tooManyOrders':
    '{count, plural, one {# nouvelle commande n’a pas été gardée} other {# nouvelles commandes n’ont pas été gardées}} : Buyer Guard conserve déjà autant de commandes qu’il le peut. Rien de ce qui était enregistré n’est perdu ; supprimez les commandes dont vous n’avez plus besoin pour faire de la place.',
  'list.note.disagreement':
    'Commande {orderId} : la page affiche {shown} mais ses données indiquent {data} ({what}). Buyer Guard garde la date la plus proche ; vérifiez la commande sur AliExpress.',

  'list.storage.title': 'Buyer Guard n’a pas pu enregistrer : ce navigateur n’a plus de place.',
  'list.storage.text':
    'La dernière modification (à {time}) n’a pas été enregistrée ; tout ce qui l’était avant est intact. Libérez de l’espace disque ou supprimez d’anciennes preuves, et exportez une sauvegarde par sécurité.',

  'welcome.title': 'Bienvenue dans Buyer Guard',
  'welcome.lead':
    'Buyer Guard vous accompagne sur les pages de vos commandes AliExpress, pour qu’aucun remboursement ne soit perdu à cause d’un délai dépassé ou de preuves insuffisantes.',
  'welcome.does.title': 'Ce qu’il fait',
  'welcome.does.read':
    'Il lit vos commandes quand vous ouvrez Mes commandes, une commande, son suivi ou un litige : le statut, le compte à rebours de la protection et chaque date indiquée par la page.',
  'welcome.does.badge':
    'Il place à côté de chaque commande un badge avec la date qui compte en premier ; un clic montre la prochaine étape.',
  'welcome.does.remind': 'Il vous prévient avant qu’un délai n’expire et vous guide pas à pas dans le litige.',
  'welcome.does.evidence':
    'Il rassemble photos, vidéos et captures d’écran comme preuves, vérifiées selon les limites du formulaire.',
  'welcome.device.title': 'Ce qui reste sur cet appareil',
  'welcome.device.text':
    'Tout : vos commandes, échéances, notes et preuves sont gardées uniquement dans ce navigateur. Buyer Guard n’a ni serveur ni compte, et n’envoie rien nulle part. Dans les paramètres, vous pouvez exporter une sauvegarde ou tout supprimer.',
  'welcome.start.title': 'Commencer',
  'welcome.start.text':
    'Ouvrez Mes commandes sur AliExpress (en étant connecté). Buyer Guard lit les commandes de la page ; cliquez ensuite sur son icône dans la barre d’outils pour les voir.',
};
