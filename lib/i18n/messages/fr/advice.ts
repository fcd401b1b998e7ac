import type { AdviceMessages } from '../en/advice';

export const advice: AdviceMessages = {
  'advice.dated': '{date} ({note})',
  'advice.source.page': 'selon la page de la commande',
  'advice.source.page-rule': 'selon la règle indiquée par la page de la commande',
  'advice.source.estimate': 'estimé',
  'advice.refund.any': 'un remboursement',
  'advice.refund.full': 'un remboursement intégral',
  'advice.refund.fullOf': 'un remboursement intégral de {amount}',
  'advice.refund.partial': 'un remboursement partiel',
  'advice.refund.partialOf': 'un remboursement partiel de {amount}',
  'advice.refundRange': '{min} à {max} jours ouvrés',
  'advice.listSeparator': ' ; ',

  'advice.account-question.title': 'Demandez au service client',
  'advice.account-question.why':
    'Les questions sur le compte et les questions générales vont au service client (l’assistant IA, parfois un conseiller) ; il aide peu pour les problèmes de commande, qui passent par un litige.',
  'advice.report-misconduct.title': 'Signalez le vendeur',
  'advice.report-misconduct.why':
    'Les abus d’un vendeur se signalent au Centre de réclamations (ou avec « Signaler l’article » sur la page du produit), catégorie « {category} ».',
  'advice.report-misconduct.offPlatform':
    'Ne payez jamais en dehors de la plateforme : les paiements faits en dehors d’AliExpress ne sont pas couverts par la protection acheteur.',
  'advice.report-misconduct.follow':
    'Gardez une capture de chaque message ; les signalements se suivent dans « Mes signalements », sans délai d’examen fixe.',
  'advice.report-misconduct.followFixed':
    'Gardez une capture de chaque message ; les signalements se suivent dans « Mes signalements ».',
  'advice.refund-in-transit.title': 'Attendez l’arrivée du remboursement',
  'advice.refund-in-transit.why':
    'Un remboursement met {range} à arriver sur le compte qui a servi au paiement ; à compter du remboursement, cela va jusqu’au {date}. Les banques peuvent ajouter quelques jours.',
  'advice.refund-overdue.title': 'Demandez au service client où en est le remboursement',
  'advice.refund-overdue.why':
    'Un remboursement arrive normalement en {range}. Demandez au service client la référence du remboursement, puis vérifiez auprès de votre banque.',
  'advice.refund-overdue.whyBy':
    'Un remboursement arrive normalement en {range} (ici, au plus tard le {date}). Demandez au service client la référence du remboursement, puis vérifiez auprès de votre banque.',
  'advice.payment-problem.title': 'Contactez le service client au sujet du paiement',
  'advice.payment-problem.why':
    'Les erreurs de paiement et l’argent non crédité se règlent avec le service client, pas par un litige avec le vendeur. Gardez sous la main la ligne du relevé bancaire ou le reçu.',

  'advice.return-window-missed.title': 'Interrogez tout de suite le service client sur le retour',
  'advice.return-window-missed.why':
    'Le retour convenu devait être expédié au plus tard le {date} ; après, le vendeur est normalement payé. Si vous l’avez expédié, ajoutez tout de suite le numéro de suivi au litige ; sinon, demandez au service client si le retour peut encore être accepté.',
  'advice.ship-return.title': 'Expédiez le retour et ajoutez son numéro de suivi',
  'advice.ship-return.why':
    'Une fois convenu, le retour doit être expédié sous {days} jours, sinon le vendeur est payé. Utilisez un envoi suivi, gardez le justificatif et saisissez le numéro de suivi dans le litige.',
  'advice.ship-return.whyBy':
    'Une fois convenu, le retour doit être expédié sous {days} jours, ici au plus tard le {date}, sinon le vendeur est payé. Utilisez un envoi suivi, gardez le justificatif et saisissez le numéro de suivi dans le litige.',
  'advice.escalated-add-evidence.title': 'Ajoutez au litige les preuves qui manquent',
  'advice.escalated-add-evidence.why':
    'La plateforme décide sur les preuves du dossier, et on peut en ajouter jusqu’à sa clôture. Il manque encore : {missing}.',
  'advice.escalated-wait.title': 'Attendez la décision de la plateforme',
  'advice.escalated-wait.why':
    'Après l’escalade, la plateforme intervient sous {days} jours environ. Répondez vite à ses questions ; vous pouvez encore ajouter des preuves jusqu’à la clôture du dossier.',
  'advice.escalated-wait.whyAround':
    'Après l’escalade, la plateforme intervient sous {days} jours environ (ici vers le {date}). Répondez vite à ses questions ; vous pouvez encore ajouter des preuves jusqu’à la clôture du dossier.',
  'advice.offer-resend.title': 'Refusez la proposition et demandez votre remboursement',
  'advice.offer-resend.proposes':
    '{from, select, platform {La plateforme propose} other {Le vendeur propose}} {what, select, resend {de renvoyer l’article} other {autre chose qu’un remboursement}}.',
  'advice.offer-resend.why':
    'Accepter une proposition comme « Je vous le renvoie » clôt le litige définitivement : si le nouveau colis n’arrive jamais, il ne vous reste plus de litige. Refusez-la et continuez à demander {refund} ; faute d’accord, la plateforme intervient.',
  'advice.offer-full-refund.title': 'Acceptez le remboursement intégral',
  'advice.offer-full-refund.why':
    '{from, select, platform {La plateforme propose} other {Le vendeur propose}} un remboursement intégral, le maximum qu’un litige puisse donner. Accepter clôt le litige ; vérifiez que le montant correspond à tout ce que vous avez payé.',
  'advice.offer-return-seller-pays.title': 'Acceptez le retour contre un remboursement intégral',
  'advice.offer-return-seller-pays.why':
    'Retourner l’article avec les frais de port payés par le vendeur vous rend le prix complet. Une fois convenu, le retour doit être expédié sous {days} jours.',
  'advice.offer-return-buyer-pays.title':
    'Contre-proposez : que le vendeur paie le retour, ou un remboursement sans retour',
  'advice.offer-return-buyer-pays.why':
    'Un retour peut coûter jusqu’à environ {postage} de frais de port, ce qui peut absorber le remboursement. Contre-proposez {refund} en gardant l’article, ou un retour aux frais du vendeur.',
  'advice.offer-partial-unclear.title': 'Contre-proposez le remboursement que vous pouvez justifier',
  'advice.offer-partial-unclear.why':
    'L’offre ne peut pas être comparée à ce que le problème justifie. Contre-proposez un montant précis avec sa raison ; accepter clôturerait le litige.',
  'advice.offer-partial-unclear.whyRefund':
    'L’offre ne peut pas être comparée à ce que le problème justifie ({refund}). Contre-proposez un montant précis avec sa raison ; accepter clôturerait le litige.',
  'advice.offer-fair.title': 'Acceptez le remboursement de {amount}',
  'advice.offer-fair.why':
    'L’offre atteint au moins ce que le problème justifie ({refund}) : {rationale} Accepter clôt le litige.',
  'advice.offer-low.title': 'Contre-proposez {amount}',
  'advice.offer-low.why':
    '{offered}, c’est moins que ce que le problème justifie ({refund}), mais c’est proche : contre-proposez une fois votre montant avec sa raison. Faute d’accord, la plateforme intervient.',
  'advice.offer-unreasonable.title': 'Refusez l’offre',
  'advice.offer-unreasonable.why':
    '{offered}, c’est moins de la moitié de ce que le problème justifie ({refund}). Une contre-offre déraisonnable justifie l’escalade : refusez-la et laissez la plateforme décider.',
  'advice.accepted-wait-refund.title': 'Attendez le remboursement',
  'advice.accepted-wait-refund.why':
    'Le vendeur a accepté ; le remboursement arrive en {range}. S’il n’est pas arrivé d’ici là, demandez au service client la référence du remboursement.',
  'advice.accepted-wait-refund.whyBy':
    'Le vendeur a accepté ; le remboursement arrive en {range} (ici, au plus tard le {date}). S’il n’est pas arrivé d’ici là, demandez au service client la référence du remboursement.',
  'advice.page-dispute-untracked.title': 'Suivez le litige en cours',
  'advice.page-dispute-untracked.inProgress': 'Un litige est en cours.',
  'advice.page-dispute-untracked.inProgressShown': 'Un litige est en cours (« {status} »).',
  'advice.page-dispute-untracked.countdown': 'Le compte à rebours de la page court jusqu’au {date}.',
  'advice.page-dispute-untracked.noDates':
    'Ses dates ne figurent pas sur cette page : le vendeur a normalement {days} jours pour répondre, à compter de l’ouverture du litige.',
  'advice.page-dispute-untracked.record':
    'Regardez sur la page du litige si le vendeur a répondu, et notez dans le journal la date d’ouverture (elle peut être passée) pour que Buyer Guard puisse calculer les étapes suivantes et vous les rappeler.',
  'advice.opened-add-evidence.title': 'Ajoutez dès maintenant les preuves qui manquent',
  'advice.opened-add-evidence.why':
    'Les preuves sont obligatoires quand l’article a été reçu, et on peut en ajouter jusqu’à la clôture du dossier. Ajoutez-les maintenant : {missing}.',
  'advice.opened-add-evidence.whyBy':
    'Les preuves sont obligatoires quand l’article a été reçu, et on peut en ajouter jusqu’à la clôture du dossier. Le vendeur a jusqu’au {date} pour répondre ; ajoutez-les avant : {missing}.',
  'advice.opened-wait-seller.title': 'Attendez la réponse du vendeur',
  'advice.opened-wait-seller.why':
    'Le vendeur a {days} jours pour répondre au litige, jusqu’au {date} ; sinon, le remboursement que vous avez demandé est exécuté automatiquement.',
  'advice.seller-silent-auto-refund.title': 'Attendez le remboursement automatique',
  'advice.seller-silent-auto-refund.why':
    'Le vendeur n’a pas répondu avant le {date} : le remboursement que vous avez demandé devrait être exécuté automatiquement et arriver sous {max} jours ouvrés. Si la page du litige indique autre chose, faites escalader le litige.',
  'advice.seller-silent-auto-refund.whyBy':
    'Le vendeur n’a pas répondu avant le {date} : le remboursement que vous avez demandé devrait être exécuté automatiquement et arriver sous {max} jours ouvrés (au plus tard le {expected}). Si la page du litige indique autre chose, faites escalader le litige.',
  'advice.negotiation-in-transit.title': 'Attendez la fin du délai de livraison promis',
  'advice.negotiation-in-transit.why':
    'Un litige « non reçu » ne peut pas être escaladé tant que le colis est en route dans le délai promis, ici jusqu’au {date}.',
  'advice.negotiation-add-evidence.title': 'Ajoutez les preuves qui manquent avant que la plateforme intervienne',
  'advice.negotiation-add-evidence.why':
    'Faute d’accord, la plateforme décide sur les preuves du dossier ; il manque encore : {missing}. On peut ajouter des preuves jusqu’à la clôture du dossier.',
  'advice.trigger.seller-rejected': 'Le vendeur a rejeté le litige.',
  'advice.trigger.no-agreement': 'La négociation n’a pas abouti à un accord.',
  'advice.escalate-now.title': 'Faites escalader le litige auprès de la plateforme',
  'advice.escalate-now.pageOffers': 'La page du litige propose l’escalade.',
  'advice.escalate-now.pageOffersAuto':
    'La page du litige propose l’escalade ; faute d’accord, elle se fait automatiquement vers le {auto}.',
  'advice.escalate-now.since': 'L’escalade est possible {days} jours après l’ouverture (depuis le {date}).',
  'advice.escalate-now.sinceAuto':
    'L’escalade est possible {days} jours après l’ouverture (depuis le {date}) ; faute d’accord, elle se fait automatiquement vers le {auto}.',
  'advice.escalate-now.sooner': 'Escalader maintenant soumet plus tôt le dossier à la plateforme.',
  'advice.wait-for-escalation.title': 'Continuez à négocier jusqu’à ce que l’escalade soit possible',
  'advice.wait-for-escalation.expected': 'L’option d’escalade devrait apparaître à partir du {date}.',
  'advice.wait-for-escalation.expectedAuto':
    'L’option d’escalade devrait apparaître à partir du {date} ; faute d’accord, l’escalade se fait automatiquement vers le {auto}.',
  'advice.wait-for-escalation.pageShows': 'La page du litige indique quand l’option d’escalade apparaît.',
  'advice.wait-for-escalation.pageShowsAuto':
    'La page du litige indique quand l’option d’escalade apparaît ; faute d’accord, l’escalade se fait automatiquement vers le {auto}.',
  'advice.decided-wait-refund.title': 'Attendez le remboursement',
  'advice.decided-wait-refund.why':
    'La plateforme a décidé {outcome, select, partial {un remboursement partiel} other {en votre faveur}} ; le remboursement arrive en {range}.',
  'advice.decided-wait-refund.whyBy':
    'La plateforme a décidé {outcome, select, partial {un remboursement partiel} other {en votre faveur}} ; le remboursement arrive en {range}, ici au plus tard le {date}.',
  'advice.decided-refund-overdue.why':
    'La plateforme a décidé un remboursement ; il aurait dû arriver sous {max} jours ouvrés (au plus tard le {expected}). Demandez au service client la référence du remboursement, puis vérifiez auprès de votre banque.',
  'advice.decided-refund-overdue.whyOn':
    'La plateforme a décidé un remboursement le {decided} ; il aurait dû arriver sous {max} jours ouvrés (au plus tard le {expected}). Demandez au service client la référence du remboursement, puis vérifiez auprès de votre banque.',
  'advice.decision-appeal.title': 'Faites appel de la décision',
  'advice.decision-appeal.why':
    'La page du litige propose de faire appel de la décision de la plateforme. Faites appel avec les preuves dont la décision n’a pas tenu compte ; des sources plus anciennes disent la décision définitive, alors profitez-en tant que c’est proposé.',
  'advice.resolved-feedback.title': 'Évaluez le vendeur',
  'advice.resolved-feedback.why':
    'Le problème est réglé et le remboursement est arrivé. Votre évaluation dit aux autres acheteurs comment le vendeur l’a géré.',
  'advice.accepted-closed.title': 'Attendez ce que le vendeur a promis',
  'advice.accepted-closed.why':
    'Vous avez accepté la proposition du vendeur, ce qui a clos le litige définitivement : un nouveau litige pour le même problème n’est pas possible. Si le vendeur ne tient pas sa promesse, signalez-le ; votre moyen de paiement peut encore vous aider.',
  'advice.reopen-dispute.title': 'Ouvrez un nouveau litige',
  'advice.reopen-dispute.whyCancelled':
    'Le litige a été annulé pendant la protection : le jour de l’annulation compte comme la finalisation de la commande, et un nouveau litige peut être ouvert jusqu’au {date} ({days} jours). Le problème n’est pas réglé : ouvrez-le avant.',
  'advice.reopen-dispute.why':
    'Le problème n’est pas réglé et le même produit peut faire l’objet d’un nouveau litige ; le dernier jour pour ouvrir un litige est le {date}.',
  'advice.dispute-status-unknown.title': 'Ouvrez la page du litige',
  'advice.dispute-status-unknown.why':
    'Buyer Guard ne sait pas où en est ce dossier. Ouvrez les pages de la commande et du litige pour qu’elles soient lues ; les valeurs de la page elle-même l’emportent toujours sur les estimations.',

  'advice.provider-dispute-lapsed.title': 'Vérifiez le litige PayPal : il est peut-être clos',
  'advice.provider-dispute-lapsed.why':
    'Un litige PayPal doit être transformé en réclamation sous {days} jours ; ici, c’était le {date}. S’il est clos, demandez à PayPal s’il peut être rouvert, et notez la réclamation dans le journal si vous l’avez faite.',
  'advice.provider-escalate-claim.title': 'Transformez le litige PayPal en réclamation si le vendeur ne rembourse pas',
  'advice.provider-escalate-claim.why':
    'Un litige PayPal est clos s’il n’est pas transformé en réclamation sous {days} jours après son ouverture, ici au plus tard le {date}. Si le vendeur n’a pas remboursé d’ici là, transformez-le dans le Centre des résolutions PayPal ; PayPal décide ensuite.',
  'advice.provider-decides.title.paypal': 'Attendez la décision de PayPal',
  'advice.provider-decides.title.card': 'Attendez la décision de votre banque',
  'advice.provider-decides.why.paypal':
    'La réclamation PayPal est tranchée par PayPal selon ses propres règles et délais. Répondez vite à ses questions ; ce qu’il demande, c’est le dossier de preuves et l’historique du litige.',
  'advice.provider-decides.why.card':
    'La contestation de paiement est tranchée par votre banque selon ses propres règles et délais. Répondez vite à ses questions ; ce qu’elle demande, c’est le dossier de preuves et l’historique du litige.',
  'advice.chargeback.title.paypal': 'Demandez un remboursement à PayPal (litige PayPal)',
  'advice.chargeback.title.card': 'Contestez le paiement auprès de votre banque',
  'advice.chargeback.why':
    'Votre moyen de paiement est la voie qui reste : son délai se termine le {date} ({days} jours après le paiement).',
  'advice.lost-chargeback.reason':
    'La plateforme a tranché en faveur du vendeur : la voie de la plateforme est épuisée.',
  'advice.window-closed-chargeback.reason':
    'Le dernier jour pour ouvrir un litige était le {date} : la voie de la plateforme est fermée.',
  'advice.window-closed-chargeback.reasonAfterProtection':
    'Le dernier jour pour ouvrir un litige était le {date} ({days} jours après la fin de la protection) : la voie de la plateforme est fermée.',
  'advice.lost-feedback.title': 'Laissez une évaluation honnête du vendeur',
  'advice.lost-feedback.why':
    'La plateforme a tranché en faveur du vendeur et aucun délai de votre moyen de paiement n’est connu comme ouvert. Une évaluation honnête prévient les autres acheteurs ; vous pouvez aussi signaler le vendeur.',
  'advice.window-closed-feedback.title': 'Laissez une évaluation honnête du vendeur',
  'advice.window-closed-feedback.why':
    'Le dernier jour pour ouvrir un litige était le {date}, et aucun délai de votre moyen de paiement n’est connu comme ouvert. Votre évaluation prévient les autres acheteurs.',
  'advice.window-closed-feedback.whyComplaint':
    'Le dernier jour pour ouvrir un litige était le {date}, et aucun délai de votre moyen de paiement n’est connu comme ouvert. Votre évaluation prévient les autres acheteurs ; un signalement est aussi possible.',

  'advice.awaiting-payment.title': 'Rien à faire tant que la commande n’est pas payée',
  'advice.awaiting-payment.why': 'La protection acheteur commence avec une commande payée et expédiée.',
  'advice.order-closed.title': 'Rien à faire',
  'advice.order-closed.why':
    'La commande est close. Si de l’argent a été prélevé sans être rendu, signalez-le comme problème de remboursement.',
  'advice.awaiting-shipment.title': 'Attendez que le vendeur expédie',
  'advice.awaiting-shipment.why': 'Les litiges ne s’ouvrent qu’après l’expédition (à partir du jour {day}).',
  'advice.awaiting-shipment.shipBy': 'Le vendeur doit expédier au plus tard le {date}.',
  'advice.awaiting-shipment.ask': 'Demandez au vendeur si cela prend plus longtemps que promis.',
  'advice.estimatedProtectionEnd':
    'Cette fin n’est que la plus tardive possible ({days} jours après l’expédition) : ouvrez la page de la commande pour que Buyer Guard lise le vrai compte à rebours.',
  'advice.in-transit-wait.title': 'Attendez le colis',
  'advice.in-transit-wait.onItsWay': 'La commande est en route.',
  'advice.in-transit-wait.protection':
    'La protection acheteur court jusqu’au {date} ; si le colis n’est pas arrivé {days} jours avant, demandez au vendeur de prolonger la protection.',
  'advice.in-transit-wait.tellUs': 'S’il n’arrive pas, dites à Buyer Guard ce qui ne va pas.',
  'advice.tracking-silent.title': 'Demandez au vendeur où est le colis',
  'advice.tracking-silent.why':
    '{days, plural, one {Le suivi n’a pas bougé depuis # jour} other {Le suivi n’a pas bougé depuis # jours}} (dernière mise à jour : {date}). Demandez au vendeur, depuis la page de la commande, de se renseigner auprès du transporteur, et gardez la conversation comme preuve.',
  'advice.tracking-silent.prepareNow':
    'Si le colis ne bouge pas, ouvrez un litige « {reason} » : c’est possible dès maintenant.',
  'advice.tracking-silent.prepareFrom':
    'Si le colis ne bouge pas, ouvrez un litige « {reason} » : ce sera possible à partir du {date}.',
  'advice.delivered-inspect.title': 'Vérifiez l’article avant la fin de la protection',
  'advice.delivered-inspect.titleEnded': 'Vérifiez l’article',
  'advice.delivered-inspect.why':
    'Le suivi indique « livré ». Vérifiez l’article dès maintenant : la protection se termine le {date} et la commande se finalise ensuite automatiquement. Ne confirmez la réception que si tout va bien.',
  'advice.delivered-inspect.whyEnded':
    'Le suivi indique « livré ». Vérifiez l’article dès maintenant : la protection est peut-être déjà terminée. Ne confirmez la réception que si tout va bien.',
  'advice.completed-feedback.title': 'Laissez une évaluation',
  'advice.completed-feedback.complete': 'La commande est finalisée.',
  'advice.completed-feedback.tellUs':
    'Si un problème apparaît, dites-le à Buyer Guard : il sait combien de temps un litige reste possible.',
  'advice.completed-feedback.stillPossible': 'Si un problème apparaît, un litige reste possible jusqu’au {date}.',
  'advice.completed-feedback.wasLast': 'Le dernier jour pour ouvrir un litige était le {date}.',
  'advice.status-unknown.title': 'Ouvrez la page de la commande',
  'advice.status-unknown.why':
    'Buyer Guard n’a pas encore lu l’état de cette commande. Ouvrez sa page sur AliExpress pour que les comptes à rebours soient lus ; les valeurs de la page elle-même l’emportent toujours sur les estimations.',
  'advice.extension-not-granted.title': 'Ouvrez dès maintenant un litige « {reason} »',
  'advice.extension-not-granted.why':
    'Vous avez demandé une prolongation il y a {hours} heures ou plus et elle n’a pas été accordée ; la protection se termine le {date}. Ouvrez le litige avant.',
  'advice.extension.fallbackDispute':
    'Si elle n’est pas accordée sous {hours} heures, ouvrez un litige « {reason} » avant la fin de la protection ; préparez-le dès maintenant.',
  'advice.extension.fallbackLater':
    'Si elle n’est pas accordée, ouvrez un litige « {reason} » dès que la page de la commande le permet.',
  'advice.extend-protection-late.title': 'Demandez une prolongation maintenant, et préparez le litige',
  'advice.extend-protection-late.why':
    'La protection se termine le {date} et le colis n’est pas arrivé. Le moment habituel pour demander est {earliest} à {latest} jours avant la fin, vous êtes donc en retard : demandez dès maintenant une prolongation au vendeur depuis la page de la commande (les vendeurs mettent jusqu’à {hours} heures).',
  'advice.extend-protection.title': 'Demandez au vendeur de prolonger la protection acheteur',
  'advice.extend-protection.why':
    'Le colis n’est pas arrivé et la protection se termine le {date}. C’est le moment de demander ({earliest} à {latest} jours avant la fin) : demandez une prolongation depuis la page de la commande ; seul le vendeur peut l’accepter, généralement sous {hours} heures.',
  'advice.protection-ending-open-dispute.title': 'Ouvrez un litige « {reason} » avant la fin de la protection',
  'advice.protection-ending-open-dispute.why':
    'La protection se termine le {date} : trop tôt pour attendre une prolongation (les vendeurs mettent jusqu’à {hours} heures). À la fin, la commande se finalise et l’argent va au vendeur.',
  'advice.protection-before-opening.title': 'Demandez au vendeur de prolonger la protection',
  'advice.protection-before-opening.why':
    'La protection se termine le {date}, avant qu’un litige puisse être ouvert (à partir du {opens}). Demandez dès maintenant au vendeur, depuis la page de la commande, de prolonger la protection, et gardez la conversation comme preuve.',
  'advice.before-dispute-contact-seller.title': 'Contactez le vendeur',
  'advice.before-dispute-contact-seller.why':
    'Un litige pourra être ouvert à partir du {opens}. D’ici là, écrivez au vendeur depuis la page de la commande : les vendeurs répondent en général sous {range} jours ouvrables, et la conversation servira de preuve.',
  'advice.wait-dispute-opens.title': 'Attendez de pouvoir ouvrir un litige',
  'advice.wait-dispute-opens.why':
    'Vous avez contacté le vendeur. « Ouvrir un litige » sera disponible à partir du {date}.',
  'advice.not-received-in-transit.title': 'Attendez la fin du délai de livraison promis',
  'advice.not-received-in-transit.why':
    'Le suivi progresse normalement et le délai de livraison promis court jusqu’au {date} ; un litige « non reçu » n’est possible qu’après.',
  'advice.dispute.protectionEnds':
    'La protection acheteur se termine le {date} ; la commande se finalise alors et l’argent va au vendeur.',
  'advice.dispute.lastDay': 'Le dernier jour pour ouvrir un litige est le {date}.',
  'advice.open-dispute-urgent.title': 'Ouvrez un litige maintenant : « {reason} »',
  'advice.open-dispute-urgent.short': 'Le temps presse :',
  'advice.open-dispute-urgent.then':
    'Ouvrez d’abord le litige et demandez {refund} ; les preuves peuvent être ajoutées jusqu’à la clôture du dossier.',
  'advice.contact-seller-first.title': 'Contactez d’abord le vendeur',
  'advice.contact-seller-first.why':
    'Pour un problème mineur, le vendeur est la voie la plus rapide : il répond en général sous {range} jours ouvrables. Demandez {refund} ; sans réponse équitable, ouvrez un litige.',
  'advice.wait-seller-reply.title': 'Laissez au vendeur le temps de répondre',
  'advice.wait-seller-reply.why':
    'Les vendeurs répondent en général sous {days} jours ouvrables, ici au plus tard le {date}. Sans réponse équitable, ouvrez un litige.',
  'advice.collect-evidence.title': 'Réunissez les preuves, puis ouvrez le litige',
  'advice.collect-evidence.why':
    'Les preuves sont obligatoires quand l’article a été reçu, et les litiges se perdent faute de preuves ou avec des preuves peu claires. Il manque encore : {missing}.',
  'advice.open-dispute.title': 'Ouvrez un litige : « {reason} »',
  'advice.open-dispute.why':
    'La voie du litige est ouverte. Choisissez « {reason} », mettez le problème principal en premier, joignez les preuves et demandez {refund}.',
  'advice.tracking-silent.fact':
    '{days, plural, one {Le suivi n’a pas bougé depuis # jour.} other {Le suivi n’a pas bougé depuis # jours.}}',

  'advice.option.open-dispute.title': 'Ouvrir un litige',
  'advice.option.open-dispute.until': 'Possible jusqu’au {date}.',
  'advice.option.open-dispute.now': 'Possible dès maintenant.',
  'advice.option.contact-seller.title': 'Contacter le vendeur',
  'advice.option.contact-seller.why': 'Les vendeurs répondent en général sous {range} jours ouvrables.',
  'advice.option.escalate.title': 'Faire escalader auprès de la plateforme',
  'advice.option.escalate.why': 'Pas d’accord avec le vendeur.',
  'advice.option.counter-offer.title': 'Contre-proposer',
  'advice.option.counter-offer.why': 'Proposez {refund} avec sa raison.',
  'advice.option.accept-offer.title': 'Accepter la proposition',
  'advice.option.accept-offer.why': 'Clôt le litige définitivement.',
  'advice.option.escalate-claim.title': 'Transformer le litige PayPal en réclamation',
  'advice.option.escalate-claim.why': 'PayPal clôt le litige s’il n’est pas transformé avant le {date}.',
  'advice.option.add-evidence.title': 'Réunir des preuves',
  'advice.option.add-evidence.why': 'Photos, vidéos et captures d’écran selon la liste.',
  'advice.option.report-seller.title': 'Signaler le vendeur',
  'advice.option.report-seller.why': 'Centre de réclamations : « {category} ».',
  'advice.option.chargeback.title.paypal': 'Litige auprès de PayPal',
  'advice.option.chargeback.title.card': 'Contestation auprès de votre banque',
  'advice.option.chargeback.why': 'Possible jusqu’au {date} ; à n’utiliser que si la voie de la plateforme a échoué.',
  'advice.option.leave-feedback.title': 'Laisser une évaluation',
  'advice.option.leave-feedback.why': 'Dit aux autres acheteurs comment le vendeur s’est comporté.',

  'warning.accept-offer.closes.title': 'Accepter clôt le litige définitivement',
  'warning.accept-offer.closes.text':
    'Accepter la proposition du vendeur (par exemple « Je vous le renvoie ») clôt ce litige et il ne peut pas être rouvert : si le nouveau colis n’arrive jamais ou a le même problème, il peut ne plus vous rester de litige. C’est la façon la plus courante de perdre son remboursement. N’acceptez que si vous êtes sûr.',
  'warning.accept-offer.settles.title': 'Accepter clôt le litige',
  'warning.accept-offer.settles.refund':
    'Accepter règle le litige avec {refund}. Vous ne pourrez plus rien demander ensuite : vérifiez d’abord le montant.',
  'warning.accept-offer.settles.return':
    'Accepter règle le litige avec un remboursement après le retour de l’article (les frais de retour peuvent être à votre charge, et le retour doit être expédié sous {days} jours). Vous ne pourrez plus rien demander ensuite : vérifiez d’abord le montant.',
  'warning.accept-offer.settles.returnOf':
    'Accepter règle le litige avec un remboursement de {amount} après le retour de l’article (les frais de retour peuvent être à votre charge, et le retour doit être expédié sous {days} jours). Vous ne pourrez plus rien demander ensuite : vérifiez d’abord le montant.',
  'warning.cancel-dispute.final.title': 'Annuler maintenant verse l’argent au vendeur',
  'warning.cancel-dispute.final.unknown':
    'La protection acheteur est terminée (ou sa fin est inconnue) : si vous annulez ce litige, l’argent va au vendeur et vous ne pourrez pas en ouvrir un autre.',
  'warning.cancel-dispute.final.ended':
    'La protection acheteur est terminée ({date}) : si vous annulez ce litige, l’argent va au vendeur et vous ne pourrez pas en ouvrir un autre.',
  'warning.cancel-dispute.restart.title': 'Annuler met fin à la protection aujourd’hui',
  'warning.cancel-dispute.restart.text':
    'Si vous annulez, aujourd’hui devient la date de finalisation de la commande : la protection se termine et un nouveau litige ne pourra être ouvert que jusqu’à la fin du {date} ({days} jours).',
  'warning.confirm-receipt.notArrived.title': 'Ne confirmez pas une commande qui n’est pas arrivée',
  'warning.confirm-receipt.notArrived.text':
    'Confirmer la réception met fin à la protection acheteur. Un vendeur qui vous demande de confirmer avant l’arrivée de l’article enfreint les règles : vous pouvez le signaler.',
  'warning.confirm-receipt.openProblem.title': 'Vous avez un problème en cours avec cette commande',
  'warning.confirm-receipt.openProblem.text':
    'Confirmer la réception met fin à la protection acheteur ; il ne vous restera que {days} jours pour ouvrir un litige. Réglez d’abord le problème.',
  'warning.confirm-receipt.check.title': 'Confirmer met fin à la protection acheteur',
  'warning.confirm-receipt.check.text':
    'Vérifiez d’abord entièrement l’article. Après la confirmation, il vous reste {days} jours pour ouvrir un litige.',
  'warning.let-window-lapse.title': 'Une fois le délai passé, plus aucun litige n’est possible',
  'warning.let-window-lapse.unknown':
    'La dernière possibilité d’ouvrir un litige se termine {days} jours après la fin de la protection ou après votre confirmation de réception. Ensuite, la voie de la plateforme est fermée pour cette commande.',
  'warning.let-window-lapse.on':
    'La dernière possibilité d’ouvrir un litige se termine le {date}. Ensuite, la voie de la plateforme est fermée pour cette commande.',
  'warning.let-window-lapse.passed':
    'La dernière possibilité d’ouvrir un litige se terminait le {date} (c’est passé). Ensuite, la voie de la plateforme est fermée pour cette commande.',
  'warning.skip-return-shipping.title': 'Expédiez le retour à temps',
  'warning.skip-return-shipping.text':
    'Un retour convenu doit être expédié sous {days} jours, sinon le vendeur est payé et le remboursement est perdu.',
  'warning.skip-return-shipping.textBy':
    'Un retour convenu doit être expédié sous {days} jours (au plus tard le {date}), sinon le vendeur est payé et le remboursement est perdu.',
  'warning.file-chargeback.platformFirst.title': 'Allez d’abord au bout de la voie de la plateforme',
  'warning.file-chargeback.platformFirst.text':
    'Une contestation de paiement déposée alors que la voie de litige de la plateforme est encore ouverte peut vous faire perdre sa protection (sur certaines plateformes, la réclamation devient irrecevable). Utilisez d’abord le litige ; gardez la contestation pour le cas où il échoue.',
  'warning.file-chargeback.provider.title': 'C’est la banque ou PayPal qui décide désormais',
  'warning.file-chargeback.provider.text':
    'Une contestation de paiement est tranchée par votre banque ou PayPal selon leurs propres règles et délais. Gardez sous la main le dossier de preuves et l’historique du litige pour leurs questions.',

  'refund.missingShare': '{missing} unités sur {quantity} manquent : le remboursement demandé est leur part du prix.',
  'refund.missingShareOf':
    '{missing} unités sur {quantity} manquent : le remboursement demandé est leur part du prix ({amount}).',
  'refund.full':
    '{why, select, not_received {La commande n’est jamais arrivée} all_missing {Rien de la commande n’est arrivé} other {L’article est inutilisable pour l’usage prévu}} : un remboursement intégral est la demande équitable.',
  'refund.fullOf':
    '{why, select, not_received {La commande n’est jamais arrivée} all_missing {Rien de la commande n’est arrivé} other {L’article est inutilisable pour l’usage prévu}} : un remboursement intégral ({amount}) est la demande équitable.',
  'refund.share': '{percent} % du prix',
  'refund.shareOf': '{percent} % du prix ({amount})',
  'refund.partialMinor':
    'L’article reste utilisable malgré le problème, et la plateforme accorde en pratique une compensation partielle pour un défaut mineur ; {share} est une proposition raisonnable en gardant l’article.',
  'refund.partialAssumed':
    'Pour un défaut qui laisse l’article utilisable, la plateforme accorde en pratique une compensation partielle ; {share} est une proposition raisonnable en gardant l’article. Si l’article est inutilisable pour l’usage prévu, un remboursement intégral est plutôt la demande équitable.',

  'rule.source': 'Source : {source}.',
  'rule.era.current': 'les règles actuelles d’AliExpress',
  'rule.era.legacy': 'les anciennes pages d’aide d’AliExpress (v. 2012–16)',
  'rule.era.seller-side': 'les règles d’AliExpress pour les vendeurs',
  'rule.era.one-guide': 'un guide pour acheteurs (v. 2020–22), non confirmé ailleurs',
  'rule.era.payment-provider': 'les règles du moyen de paiement',
  'rule.buyer-protection-max-days':
    'La protection acheteur est fixée commande par commande par le vendeur et affichée en compte à rebours sur la page de la commande ; elle se termine au plus tard {days} jours après l’expédition.',
  'rule.note.buyer-protection-max-days':
    'C’est la fin la plus tardive possible, pas celle de cette commande : ouvrez la page de la commande pour que Buyer Guard lise le vrai compte à rebours.',
  'rule.protection-after-delivery-days':
    'Une fois le colis indiqué « livré », la page de la commande montre la protection restante ; sans elle, Buyer Guard suppose qu’elle peut être réduite à {days} jours après la livraison.',
  'rule.note.protection-after-delivery-days': 'Trop tôt ne coûte rien ; trop tard ferait perdre le remboursement.',
  'rule.confirm-receipt-ends-protection':
    'Confirmer la réception met fin à la protection acheteur ; il ne reste que le délai pour ouvrir un litige.',
  'rule.cancelled-dispute-restarts-window':
    'Un litige annulé pendant la protection fait du jour de l’annulation la finalisation de la commande : un nouveau litige peut être ouvert jusqu’à la fin du {days}e jour qui suit.',
  'rule.cancel-after-protection-is-final':
    'Annuler un litige après la fin de la protection verse l’argent au vendeur ; aucun nouveau litige n’est possible.',
  'rule.dispute-opens-after-shipping-days':
    '« Ouvrir un litige » devient disponible à partir du {days}e jour après l’expédition par le vendeur.',
  'rule.note.dispute-opens-after-shipping-days':
    'On annonce 10 jours aux vendeurs ; Buyer Guard prend le jour le plus tardif, pour ne jamais vous envoyer vers un bouton qui n’est pas encore là.',
  'rule.dispute-opens-immediately-below-delivery-days':
    'Quand le délai de livraison promis est inférieur à {days} jours, un litige peut être ouvert dès l’expédition.',
  'rule.dispute-window-days':
    'Le dernier jour pour ouvrir un litige est {days} jours après la fin de la protection acheteur ou après « Confirmer la réception », selon ce qui arrive en premier.',
  'rule.seller-dispute-response-days':
    'Le vendeur a {days} jours pour répondre à un litige ; sinon, le remboursement que vous avez demandé est exécuté automatiquement.',
  'rule.escalation-possible-after-days':
    'Vous pouvez faire escalader un litige auprès de la plateforme {days} jours après son ouverture.',
  'rule.note.escalation-possible-after-days': 'C’est toujours le bouton de la page du litige qui fait foi.',
  'rule.escalation-auto-after-days':
    'Faute d’accord, le litige passe automatiquement à la plateforme après environ {days} jours de négociation.',
  'rule.return-ship-within-days':
    'Après avoir accepté un retour, vous devez l’expédier sous {days} jours, sinon le vendeur est payé.',
  'rule.paypal-dispute-window-days': 'Un litige PayPal doit être ouvert dans les {days} jours qui suivent le paiement.',
  'rule.card-chargeback-window-days':
    'Une contestation de paiement par carte est en général possible dans les {days} jours qui suivent le paiement.',
  'rule.note.card-chargeback-window-days': 'Les banques diffèrent : renseignez-vous auprès de la vôtre.',
  'rule.paypal-escalate-to-claim-days':
    'Un litige PayPal doit être transformé en réclamation dans les {days} jours qui suivent son ouverture, sinon il est clos.',
  'rule.alternative':
    'La règle générale donnerait le {date} ({rule}) ; pour cette commande, c’est la règle de la page qui l’emporte.',
  'rule.alternativeBare':
    'La règle générale donnerait le {date} ; pour cette commande, c’est la règle de la page qui l’emporte.',

  'problem.not-received': 'Non reçu (en retard, ou « livré » mais rien n’est arrivé)',
  'problem.damaged': 'Arrivé endommagé',
  'problem.wrong-item': 'Mauvais article',
  'problem.missing-items': 'Il manque des articles',
  'problem.quality-problem': 'Mauvaise qualité',
  'problem.does-not-work': 'Ne fonctionne pas / défectueux',
  'problem.not-as-described': 'Non conforme à la description',
  'problem.counterfeit': 'Contrefaçon',
  'problem.size-colour-mismatch': 'Mauvaise taille, couleur ou modèle',
  'problem.empty-package': 'Colis vide ou incomplet',
  'problem.different-shipping-method': 'Envoyé avec un mode de livraison moins bon',
  'problem.payment-error': 'Paiement échoué ou mal débité',
  'problem.money-not-credited': 'Payé, mais la commande apparaît impayée',
  'problem.refund-not-received': 'Remboursement non reçu',
  'problem.order-cancelled': 'Annulée, sans remboursement',
  'problem.pay-outside-platform': 'Le vendeur demande de payer en dehors d’AliExpress',
  'problem.confirm-before-arrival': 'Le vendeur demande de confirmer la réception trop tôt',
  'problem.threats-or-rudeness': 'Le vendeur menace ou est impoli',
  'problem.spam': 'Le vendeur envoie du spam',
  'problem.phishing': 'Le vendeur a envoyé un lien d’hameçonnage',
  'problem.inflated-price': 'Prix gonflé',
  'problem.changed-quantity': 'Le vendeur a modifié la quantité',
  'problem.changed-shipping-cost': 'Les frais de port diffèrent de l’annonce',
  'problem.fake-tracking': 'Faux numéro de suivi',
  'problem.account-question': 'Une question sur mon compte',
  'problem.group.order': 'Problème avec la commande',
  'problem.group.payment': 'Paiement ou remboursement',
  'problem.group.misconduct': 'Abus du vendeur',
  'problem.group.account': 'Compte',
  'problem.choice.not-received': 'Pas arrivé',
  'problem.choice.damaged': 'Arrivé endommagé',
  'problem.choice.not-as-described': 'Non conforme à la description',
  'problem.choice.missing-items': 'Il manque des articles',
  'problem.choice.offer': 'Le vendeur a fait une offre',
  'problem.choice.other': 'Autre chose',

  'formReason.not-received': 'Non reçu',
  'formReason.damaged': 'Produit endommagé',
  'formReason.not-as-described': 'Non conforme à la description',
  'formReason.quality-problem': 'Problème de qualité',
  'formReason.missing-items': 'Problème de quantité',
  'formReason.wrong-item': 'Mauvais article',
  'formReason.does-not-work': 'Ne fonctionne pas correctement',
  'formReason.counterfeit': 'Contrefaçon',
  'formReason.size-colour-mismatch': 'Taille/couleur/modèle différent de la commande',
  'formReason.empty-package': 'Colis incomplet ou vide',
  'formReason.different-shipping-method': 'Autre mode de livraison utilisé',

  'evidence.tip.light':
    'Utilisez la lumière du jour ou un bon éclairage ; une photo ou une vidéo sombre ne montre pas le problème.',
  'evidence.tip.focus': 'Restez immobile et faites la mise au point sur le problème ; refaites tout ce qui est flou.',
  'evidence.tip.short':
    'Faites des vidéos courtes et précises ; compressez les grosses vidéos en zip avant de les envoyer.',
  'evidence.tip.originals': 'Gardez les fichiers d’origine : Buyer Guard enregistre l’empreinte (SHA-256) de chacun.',
  'evidence.order-page-screenshot.what': 'Capture de la page des détails de la commande',
  'evidence.order-page-screenshot.how':
    'Numéro de commande, article, variante choisie, prix, date et état de la commande visibles sur une seule capture.',
  'evidence.listing-screenshot.what': 'Capture de la page du produit telle que vous l’avez commandé',
  'evidence.listing-screenshot.how':
    'Le titre, les photos, la description ou les caractéristiques sur lesquelles vous vous êtes fondé, et la variante choisie.',
  'evidence.listing-screenshot.how.inflated-price':
    'Le prix affiché (et tout prix « d’origine » barré) avec la date visible.',
  'evidence.listing-screenshot.how.changed-shipping-cost':
    'Les frais de port affichés sur la page du produit pour votre pays.',
  'evidence.seller-chat-screenshot.what': 'Captures de vos messages avec le vendeur',
  'evidence.seller-chat-screenshot.how':
    'Dates, nom de la boutique et contenu des échanges visibles ; gardez toutes les captures.',
  'evidence.label-weight-photo.what':
    'Photo de l’étiquette d’expédition avec le poids déclaré, et du colis sur une balance',
  'evidence.label-weight-photo.how':
    'Étiquette lisible (numéro de suivi et poids) ; l’écran de la balance et le colis sur la même photo.',
  'evidence.unboxing-video.what': 'Vidéo de l’ouverture du colis',
  'evidence.unboxing-video.how': 'Une seule prise continue, du colis fermé (étiquette visible) jusqu’au contenu.',
  'evidence.tracking-screenshot.what': 'Capture de l’historique de suivi',
  'evidence.tracking-screenshot.how':
    'Toute la liste des événements avec les dates : pas de livraison, un historique bloqué ou étrange, ou « livré » ailleurs.',
  'evidence.tracking-screenshot.how.fake-tracking':
    'Montre que le numéro est inconnu du transporteur, ou qu’il correspond à une autre ville ou un autre pays.',
  'evidence.tracking-number.what': 'Le numéro de suivi et le transporteur',
  'evidence.tracking-number.how':
    'Depuis la page de suivi de la commande ; consultez aussi le site du transporteur et capturez ce qu’il indique.',
  'evidence.customs-papers.what': 'Documents de douane, si le colis est bloqué en douane',
  'evidence.customs-papers.how': 'L’avis ou le courrier de la douane, toutes les pages, lisibles.',
  'evidence.damage-photos.what': 'Photos des dégâts sous plusieurs angles',
  'evidence.damage-photos.how':
    'Une vue d’ensemble de l’article, puis un gros plan de chaque partie abîmée ; à la lumière du jour, nettes.',
  'evidence.packaging-photos.what': 'Photos de l’emballage tel que reçu',
  'evidence.packaging-photos.how':
    'Carton extérieur et calage intérieur, toute partie écrasée ou déchirée, avec l’étiquette d’expédition visible.',
  'evidence.item-next-to-order.what': 'L’article reçu à côté des détails de la commande',
  'evidence.item-next-to-order.how':
    'L’article et la page de la commande (à l’écran ou imprimée) sur une seule photo, pour que la différence saute aux yeux.',
  'evidence.item-label-photo.what': 'Photo de l’étiquette ou de la référence de l’article reçu',
  'evidence.item-label-photo.what.does-not-work': 'Photo de l’étiquette du modèle ou du numéro de série',
  'evidence.item-label-photo.how': 'Gros plan, lisible.',
  'evidence.contents-photo.what': 'Photo de tout le contenu du colis étalé',
  'evidence.contents-photo.how':
    'Tout ce qui est arrivé, compté et côte à côte, à côté des détails de la commande avec la quantité commandée.',
  'evidence.defect-video.what': 'Vidéo montrant le défaut',
  'evidence.defect-video.how':
    'Bonne lumière, sans bouger ; montrez tout l’article, puis le défaut de près ; dites ou écrivez ce qui ne va pas.',
  'evidence.defect-photos.what': 'Photos du défaut en gros plan',
  'evidence.defect-photos.how': 'Nettes, avec un objet pour donner l’échelle quand c’est utile.',
  'evidence.not-working-video.what': 'Vidéo de l’article qui ne fonctionne pas',
  'evidence.not-working-video.how':
    'Installez-le comme l’indique la notice (chargé, branché, allumé) et montrez la panne en une seule prise.',
  'evidence.differences-photos.what': 'Photos ou vidéos de chaque différence avec l’annonce',
  'evidence.differences-photos.how':
    'Une image par différence ; énumérez les différences dans votre description dans le même ordre.',
  'evidence.brand-details-photos.what': 'Photos des logos, étiquettes, numéros de série et de l’emballage',
  'evidence.brand-details-photos.how':
    'Des gros plans qui montrent ce qui en fait une contrefaçon (marque mal orthographiée, hologramme absent, numéro de série au mauvais format).',
  'evidence.ruler-photo.what': 'L’article à plat à côté d’une règle ou d’un mètre ruban',
  'evidence.ruler-photo.how':
    'Mesurez la dimension que donne le guide des tailles (p. ex. tour de poitrine, longueur), les chiffres de la règle lisibles.',
  'evidence.size-label-photo.what': 'Photo de l’étiquette de taille',
  'evidence.size-label-photo.how': 'Gros plan, lisible.',
  'evidence.size-chart-screenshot.what': 'Capture du guide des tailles de l’annonce et de la variante choisie',
  'evidence.size-chart-screenshot.how': 'La ligne de votre taille visible.',
  'evidence.package-photos.what': 'Photos du colis sous tous les angles, ouvert et vide (ou incomplet)',
  'evidence.package-photos.how': 'Montrez les scellés, toute trace d’ouverture, et ce qu’il y avait dedans.',
  'evidence.tracking-carrier-screenshot.what': 'Capture du suivi montrant le transporteur réellement utilisé',
  'evidence.tracking-carrier-screenshot.how': 'Nom du transporteur et numéro de suivi visibles.',
  'evidence.chosen-shipping-screenshot.what': 'Capture du mode de livraison choisi et payé',
  'evidence.chosen-shipping-screenshot.how': 'Depuis les détails de la commande : nom du mode et frais de port.',
  'evidence.payment-record.what': 'Ligne du relevé bancaire ou de carte, ou le reçu du paiement',
  'evidence.payment-record.how': 'Montant, date et commerçant visibles ; masquez les lignes sans rapport.',
  'evidence.payment-record.what.money-not-credited': 'Preuve de paiement',
  'evidence.payment-record.how.money-not-credited':
    'Ligne du relevé bancaire ou de carte, ou le reçu du paiement, avec montant et date.',
  'evidence.refund-record.what': 'Capture du remboursement sur la page de la commande ou du litige',
  'evidence.refund-record.how': 'Montant, date et état du remboursement visibles.',
  'evidence.statement-without-refund.what': 'Relevé bancaire ou de carte depuis la date du remboursement',
  'evidence.statement-without-refund.how':
    'Montre que le remboursement n’est pas arrivé ; masquez les lignes sans rapport.',
  'evidence.cancellation-screenshot.what': 'Capture de la commande annulée et de l’état de son remboursement',
  'evidence.cancellation-screenshot.how': 'Numéro de commande, date d’annulation et état du remboursement visibles.',
  'evidence.misconduct-chat-screenshot.how': 'Le message, sa date et le nom de la boutique sur une seule capture.',
  'evidence.misconduct-chat-screenshot.what.pay-outside-platform':
    'Capture du message du vendeur demandant de payer en dehors d’AliExpress',
  'evidence.misconduct-chat-screenshot.what.confirm-before-arrival':
    'Capture du vendeur vous demandant de confirmer la réception avant l’arrivée de l’article',
  'evidence.misconduct-chat-screenshot.what.threats-or-rudeness': 'Captures des messages menaçants ou impolis',
  'evidence.misconduct-chat-screenshot.how.threats-or-rudeness':
    'Chaque message, avec les dates et le nom de la boutique.',
  'evidence.misconduct-chat-screenshot.what.spam': 'Captures des messages de spam',
  'evidence.misconduct-chat-screenshot.how.spam': 'Avec les dates et le nom de la boutique qui les envoie.',
  'evidence.misconduct-chat-screenshot.what.phishing': 'Capture du message ou du lien d’hameçonnage',
  'evidence.misconduct-chat-screenshot.how.phishing':
    'N’ouvrez pas le lien ; capturez le message avec sa date et son expéditeur.',
  'evidence.carrier-site-screenshot.what': 'Capture du site du transporteur pour le même numéro',
  'evidence.carrier-site-screenshot.how': 'Le numéro et la réponse du transporteur visibles.',

  'complaint.ipr': 'Protection de la propriété intellectuelle (contrefaçons)',
  'complaint.prohibited': 'Produits restreints ou interdits',
  'complaint.trading-rules': 'Infractions aux règles de transaction',
  'complaint.search-price-manipulation': 'Manipulation des prix et des catégories / infractions liées à la recherche',
  'complaint.other': 'Autre',
  'complaint.sub.weapons': 'Armes et matériel offensif',
  'complaint.sub.hazardous-chemicals': 'Produits chimiques inflammables, explosifs et dangereux',
  'complaint.sub.medical': 'Médicaments et dispositifs médicaux',
  'complaint.sub.illegal-tools': 'Logiciels, outils ou appareils à usage illégal',
  'complaint.sub.illicit-drugs': 'Drogues illicites, précurseurs et accessoires',
  'complaint.sub.adult': 'Contenus obscènes et pour adultes',
  'complaint.sub.human-parts-flora-fauna': 'Restes humains, faune et flore protégées',
  'complaint.sub.other-prohibited': 'Autres produits interdits',
  'complaint.sub.wrong-category': 'Mauvaise catégorie',
  'complaint.sub.wrong-five-category-posting': 'Mauvaise publication dans les cinq catégories',
  'complaint.sub.incorrect-measuring-units': 'Unités de mesure incorrectes',
  'complaint.sub.prices-too-low': 'Prix trop bas',
  'complaint.sub.sku-infringements': 'Infractions sur les SKU',
  'complaint.sub.shipping-cost-mismatch': 'Frais de port réels différents de ceux annoncés',
  'complaint.sub.duplicate-listings': 'Annonces en double',
  'complaint.sub.incorrect-category-title': 'Titre de catégorie incorrect',
  'complaint.sub.prices-too-high': 'Prix trop élevés',
  'complaint.category': '{category} — {subType}',
  'complaint.note.ipr':
    'Déposé par les titulaires des droits depuis un compte séparé (documents examinés en ~{documents} jours ouvrés, la réclamation en ~{complaint}). Un acheteur qui a reçu une contrefaçon ouvre un litige avec le motif « Contrefaçon ».',
  'complaint.note.trading-rules':
    'Payer en dehors de la plateforme, confirmer la réception avant l’arrivée, menaces ou impolitesse.',
  'complaint.note.other':
    'Spam et hameçonnage (l’hameçonnage n’a pas de formulaire propre). Une évaluation abusive peut être signalée dans les {days} jours qui suivent.',
  'complaint.note.tradingOnNewForm':
    'Le nouveau formulaire de réclamation n’a plus « Infractions aux règles de transaction » : signalez-le sous « Autre » et ouvrez un litige pour tout problème de commande.',
  'complaint.note.fakeTrackingOnNewForm':
    'Le nouveau formulaire de réclamation n’a plus « Infractions aux règles de transaction » : signalez-le sous « Autre » et ouvrez un litige pour tout problème de commande. Un faux numéro de suivi justifie un litige « Non reçu ».',
  'complaint.note.pay-outside-platform':
    'Demander de payer en dehors de la plateforme enfreint les règles de transaction.',
  'complaint.note.confirm-before-arrival':
    'Pousser à « Confirmer la réception » avant l’arrivée enfreint les règles de transaction.',
  'complaint.note.threats-or-rudeness': 'Les menaces et l’impolitesse enfreignent les règles de transaction.',
  'complaint.note.changed-quantity': 'Modifier la quantité après la commande enfreint les règles de transaction.',
  'complaint.note.fake-tracking':
    'Un faux numéro de suivi enfreint les règles de transaction ; ouvrez aussi un litige « Non reçu ».',
  'complaint.note.spam': 'Le spam se signale sous « Autre ».',
  'complaint.note.phishing': 'L’hameçonnage n’a pas de formulaire propre : utilisez « Autre ».',
  'complaint.note.inflated-price': 'Un prix gonflé est une manipulation des prix.',
  'complaint.note.changed-shipping-cost': 'Frais de port facturés autrement que dans l’annonce.',
};
