import type { SettingsMessages } from '../en/settings';

export const settings: SettingsMessages = {
  'settings.title': 'Paramètres de Buyer Guard',
  'settings.about':
    'Version {version}. Buyer Guard garde toutes ses données dans ce profil du navigateur et n’envoie rien nulle part.',
  'settings.loading': 'Chargement…',

  'settings.language.title': 'Langue',
  'settings.language.label': 'Langue de Buyer Guard',
  'settings.language.auto': 'Comme le navigateur ({language})',
  'settings.language.note':
    'Les textes que vous envoyez à AliExpress (messages au vendeur, descriptions de litige) restent en anglais, comme le demande la plateforme ; leur version dans votre langue s’affiche à côté.',

  'settings.reminders.title': 'Rappels',
  'settings.reminders.enabled': 'Me prévenir avant qu’un délai n’expire',
  'settings.reminders.when': 'Me rappeler',
  'settings.reminders.daysBefore': '{count, plural, one {# jour avant} other {# jours avant}}',
  'settings.reminders.hoursBefore': '{count, plural, one {# heure avant} other {# heures avant}}',
  'settings.quiet.title': 'Heures calmes',
  'settings.quiet.explain':
    'Un rappel prévu la nuit attend la fin des heures calmes, mais jamais au-delà de son échéance.',
  'settings.quiet.enabled': 'Rester silencieux la nuit',
  'settings.quiet.from': 'De',
  'settings.quiet.until': 'Jusqu’à',
  'settings.reminders.kinds': 'Me rappeler',

  'settings.rules.title': 'Règles et paiement',
  'settings.payment.label': 'Comment payez-vous d’habitude sur AliExpress ?',
  'settings.payment.unknown': 'Je ne sais pas, ou cela dépend',
  'settings.payment.paypal': 'Avec PayPal',
  'settings.payment.card': 'Avec une carte bancaire',
  'settings.payment.help':
    'Si AliExpress ne vous rembourse pas, PayPal (sous 180 jours) ou votre banque (une rétrofacturation, en général sous 180 jours) peuvent encore vous aider : Buyer Guard suit alors aussi ce délai.',
  'settings.complaints.label': 'Quel formulaire de réclamation voyez-vous sur AliExpress ?',
  'settings.complaints.current': 'Le formulaire actuel',
  'settings.complaints.legacy': 'Un ancien formulaire avec « Violations des règles commerciales »',
  'settings.timings.title': 'Délais',
  'settings.timings.intro':
    'Buyer Guard utilise les valeurs les plus récentes publiées par AliExpress. N’en changez une que si les pages que vous voyez disent autre chose. Un compte à rebours ou une date affichés par la page de la commande l’emportent toujours.',
  'settings.rule.days': '{count, plural, one {# jour} other {# jours}}',
  'settings.rule.recommended': '{value} (recommandé)',
  'settings.rule.details': 'Détails',
  'settings.rule.detailLine': '{value} : {source}',
  'settings.rule.buyer-protection-max-days':
    'La durée maximale de la protection acheteur après l’expédition, utilisée seulement si la page de la commande n’affiche pas de compte à rebours',
  'settings.rule.protection-after-delivery-days':
    'Combien de protection il reste quand le suivi indique « livré », si la page de la commande ne le dit pas',
  'settings.rule.dispute-opens-after-shipping-days': 'Combien de temps après l’expédition vous pouvez ouvrir un litige',
  'settings.rule.seller-dispute-response-days': 'Combien de temps le vendeur a pour répondre à votre litige',
  'settings.rule.escalation-auto-after-days':
    'Combien de temps sans accord avant qu’AliExpress intervienne de lui-même (à partir de la première réponse du vendeur)',
  'settings.rule.escalation-possible-after-days':
    'Combien de temps après l’ouverture d’un litige vous pouvez demander à AliExpress d’intervenir',
  'settings.rule.platform-decision-days': 'Combien de temps AliExpress met à décider une fois qu’il intervient',
  'settings.era.current': 'les règles et pages d’aide actuelles d’AliExpress',
  'settings.era.help-centre-2020': 'des pages d’aide d’AliExpress de 2020–22 environ',
  'settings.era.guide-2019': 'des guides pour acheteurs de 2019',
  'settings.era.redesign-2017': 'la refonte des litiges de 2017',
  'settings.era.legacy': 'd’anciennes pages d’aide d’AliExpress (2012–16 environ)',
  'settings.era.seller-side': 'les règles pour les vendeurs',
  'settings.era.regional': 'une ancienne valeur propre à un pays',
  'settings.era.regional.ru': 'une ancienne valeur pour la Russie',
  'settings.era.regional.br': 'une ancienne valeur pour le Brésil',
  'settings.era.one-guide': 'un seul guide pour acheteurs, non confirmé ailleurs',
  'settings.era.payment-provider': 'les règles du moyen de paiement',
  'settings.era.other-marketplace': 'une règle observée sur une autre place de marché',
  'settings.era.buyer-guard': 'un choix de Buyer Guard (aucune source ne donne de valeur)',
  'settings.rule.note.protection-after-delivery-days':
    'Les pages d’aide actuelles ne donnent pas de chiffre : la page indique ce qui reste. La valeur la plus courte est la plus sûre : agir tôt ne coûte rien, agir trop tard fait perdre le remboursement.',
  'settings.rule.note.escalation-possible-after-days':
    'Le bouton « Faire appel » de la page du litige décide toujours ; ce réglage indique seulement quand Buyer Guard s’y attend.',

  'settings.data.title': 'Vos données',
  'settings.data.intro':
    'Tout reste dans ce profil du navigateur. Une sauvegarde est la seule copie ailleurs : gardez-la en lieu sûr.',
  'settings.data.exportJson': 'Exporter une sauvegarde (JSON)',
  'settings.data.exportZip': 'Exporter une sauvegarde avec les preuves (ZIP)',
  'settings.data.exportCsv': 'Exporter les commandes en tableur (CSV)',
  'settings.data.preparingJson': 'Préparation de la sauvegarde…',
  'settings.data.savedJson':
    'Sauvegarde enregistrée (commandes, journal, paramètres ; les fichiers de preuve nécessitent le ZIP).',
  'settings.data.preparingZip': 'Emballage de la sauvegarde avec les preuves…',
  'settings.data.savedZip': 'Sauvegarde avec les preuves enregistrée.',
  'settings.data.preparingCsv': 'Écriture du tableur…',
  'settings.data.savedCsv':
    '{count, plural, one {# commande écrite dans le tableur.} other {# commandes écrites dans le tableur.}}',
  'settings.import.title': 'Importer une sauvegarde',
  'settings.import.merge': 'Ajouter à ce qui est ici (la copie la plus récente d’une commande l’emporte)',
  'settings.import.replace': 'Remplacer tout ce qui est ici par la sauvegarde',
  'settings.import.file': 'Fichier de sauvegarde (.json ou .zip)',
  'settings.import.checking': 'Vérification de {name}…',
  'settings.import.failed': 'Rien n’a été modifié. {error}',
  'settings.import.done':
    'Importé : {orders, plural, one {# commande} other {# commandes}}, {journal, plural, one {# entrée de journal} other {# entrées de journal}} et {evidence, plural, one {# fichier de preuve} other {# fichiers de preuve}}.',
  'settings.import.urlsRemoved':
    '{count, plural, one {# lien de la sauvegarde ne menait pas à AliExpress et a été écarté.} other {# liens de la sauvegarde ne menaient pas à AliExpress et ont été écartés.}}',
  'settings.import.keptBeside':
    '{count, plural, one {# fichier de preuve de la sauvegarde portait le nom d’un autre fichier d’ici : il a été ajouté à côté, celui d’ici est inchangé.} other {# fichiers de preuve de la sauvegarde portaient les noms d’autres fichiers d’ici : ils ont été ajoutés à côté, ceux d’ici sont inchangés.}}',
  'settings.import.error.empty': 'Le fichier est vide.',
  'settings.import.error.damagedZip': 'Le fichier est endommagé : ce n’est pas une archive ZIP lisible.',
  'settings.import.error.tooBig': 'L’archive décompressée dépasse ce que Buyer Guard peut importer en une fois.',
  'settings.import.error.lyingEntry':
    'Le fichier est endommagé : une entrée de l’archive contient plus que ce qu’annonce son en-tête.',
  'settings.import.error.zipWithoutBackup': 'Ce ZIP n’est pas une sauvegarde Buyer Guard (il ne contient pas {name}).',
  'settings.import.error.notJson':
    'Le fichier n’est pas une sauvegarde Buyer Guard : ce n’est pas du JSON valide (il est peut-être endommagé ou tronqué).',
  'settings.import.error.notBackup': 'Ce fichier n’est pas une sauvegarde Buyer Guard.',
  'settings.import.error.newer':
    'Cette sauvegarde vient d’une version plus récente de Buyer Guard. Mettez l’extension à jour, puis importez-la.',
  'settings.import.error.damaged': 'La sauvegarde est endommagée ({detail}).',
  'settings.import.error.evidenceMissing': 'La sauvegarde mentionne la preuve « {name} », mais son fichier manque.',
  'settings.import.error.evidenceChecksum':
    'La preuve « {name} » ne correspond pas à sa somme de contrôle : la sauvegarde est endommagée.',
  'settings.import.error.uploadMissing': 'Rien n’a été envoyé sous cet identifiant.',
  'settings.import.error.uploadIncomplete': 'L’envoi est incomplet ({arrived} parties sur {total} reçues).',
  'settings.delete.title': 'Supprimer toutes les données',
  'settings.delete.label':
    'Tapez « {phrase} » pour supprimer toutes les commandes, entrées de journal et fichiers de preuve',
  'settings.delete.phrase': 'tout supprimer',
  'settings.delete.button': 'Supprimer toutes les données',
  'settings.delete.busy': 'Suppression…',
  'settings.delete.done': 'Toutes les données de Buyer Guard sur cet appareil ont été supprimées.',

  'csv.orderId': 'N° de commande',
  'csv.orderedOn': 'Date de commande',
  'csv.status': 'Statut',
  'csv.statusText': 'Statut (tel qu’affiché)',
  'csv.store': 'Boutique',
  'csv.items': 'Articles',
  'csv.total': 'Total',
  'csv.currency': 'Devise',
  'csv.nextDeadline': 'Prochaine échéance',
  'csv.due': 'Échéance (un jour, ou un instant en UTC)',
  'csv.dueSource': 'Source de l’échéance',
  'csv.dispute': 'Litige',
  'csv.trackingNumber': 'Numéro de suivi',
  'csv.carrier': 'Transporteur',
  'csv.lastSeen': 'Vu pour la dernière fois (UTC)',

  'settings.permissions.title': 'Ce que Buyer Guard peut faire dans votre navigateur',
  'settings.permissions.intro': 'Chaque autorisation, et pourquoi Buyer Guard en a besoin. Rien d’autre n’est demandé.',
  'settings.permission.storage':
    'Stocker des données : vos commandes, échéances et preuves sont gardées dans ce navigateur, nulle part ailleurs.',
  'settings.permission.alarms': 'Se réveiller avant une échéance, pour qu’aucun rappel ne soit manqué.',
  'settings.permission.notifications':
    'Afficher des rappels : ce qui arrive à échéance, pour quelle commande, et quoi faire ensuite.',
  'settings.permission.activeTab':
    'Faire une capture de l’onglet AliExpress sur lequel vous avez ouvert Buyer Guard, quand vous la demandez dans l’espace des preuves.',
  'settings.permission.sidePanel':
    'Ouvrir le guide dans le panneau latéral du navigateur, à côté de la page AliExpress.',
  'settings.permission.sites':
    'Lire les pages de commandes, de suivi et de litiges AliExpress que vous ouvrez (et rien d’autre), et y afficher des badges d’échéance.',
};
