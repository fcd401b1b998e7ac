import type { AdviceMessages } from '../en/advice';

export const advice: AdviceMessages = {
  'advice.dated': '{date} ({note})',
  'advice.source.page': 'según la página del pedido',
  'advice.source.page-rule': 'según la regla que indica la página del pedido',
  'advice.source.estimate': 'estimado',
  'advice.refund.any': 'un reembolso',
  'advice.refund.full': 'un reembolso completo',
  'advice.refund.fullOf': 'un reembolso completo de {amount}',
  'advice.refund.partial': 'un reembolso parcial',
  'advice.refund.partialOf': 'un reembolso parcial de {amount}',
  'advice.refundRange': '{min}–{max} días hábiles',
  'advice.listSeparator': '; ',

  'advice.account-question.title': 'Pregunta a atención al cliente',
  'advice.account-question.why':
    'Las dudas sobre la cuenta y las preguntas generales van a atención al cliente (el asistente de IA y, a veces, un agente); no sirve para problemas con pedidos, que se resuelven con una disputa.',
  'advice.report-misconduct.title': 'Denuncia al vendedor',
  'advice.report-misconduct.why':
    'Las malas prácticas del vendedor se denuncian en el Centro de reclamaciones (o con «Denunciar artículo» en la página del producto), categoría «{category}».',
  'advice.report-misconduct.offPlatform':
    'Nunca pagues fuera de la plataforma: los pagos hechos fuera de AliExpress no están cubiertos por la protección al comprador.',
  'advice.report-misconduct.follow':
    'Guarda capturas de todos los mensajes; las denuncias se siguen en «Mis denuncias», sin plazo fijo de revisión.',
  'advice.report-misconduct.followFixed':
    'Guarda capturas de todos los mensajes; las denuncias se siguen en «Mis denuncias».',
  'advice.refund-in-transit.title': 'Espera a que llegue el reembolso',
  'advice.refund-in-transit.why':
    'Un reembolso tarda {range} en llegar a la cuenta con la que pagaste; contando desde el reembolso, eso es hasta el {date}. Los bancos pueden tardar unos días más.',
  'advice.refund-overdue.title': 'Pregunta a atención al cliente dónde está el reembolso',
  'advice.refund-overdue.why':
    'Un reembolso suele llegar en {range}. Pide a atención al cliente la referencia del reembolso y luego consúltalo con tu banco.',
  'advice.refund-overdue.whyBy':
    'Un reembolso suele llegar en {range} (aquí, hasta el {date}). Pide a atención al cliente la referencia del reembolso y luego consúltalo con tu banco.',
  'advice.payment-problem.title': 'Contacta con atención al cliente por el pago',
  'advice.payment-problem.why':
    'Los errores de pago y el dinero no acreditado los resuelve atención al cliente, no una disputa con el vendedor. Ten a mano el extracto del banco o el recibo.',

  'advice.return-window-missed.title': 'Pregunta ya a atención al cliente por la devolución',
  'advice.return-window-missed.why':
    'La devolución acordada debía enviarse como tarde el {date}; después, normalmente se paga al vendedor. Si la enviaste, añade enseguida el número de seguimiento a la disputa; si no, pregunta a atención al cliente si todavía se puede aceptar.',
  'advice.ship-return.title': 'Envía la devolución y añade su número de seguimiento',
  'advice.ship-return.why':
    'Una vez acordada, la devolución debe enviarse en {days} días; si no, se paga al vendedor. Usa un envío con seguimiento, guarda el justificante e introduce el número de seguimiento en la disputa.',
  'advice.ship-return.whyBy':
    'Una vez acordada, la devolución debe enviarse en {days} días, aquí como tarde el {date}; si no, se paga al vendedor. Usa un envío con seguimiento, guarda el justificante e introduce el número de seguimiento en la disputa.',
  'advice.escalated-add-evidence.title': 'Añade a la disputa las pruebas que faltan',
  'advice.escalated-add-evidence.why':
    'La plataforma decide con las pruebas del caso, y se pueden añadir hasta que se cierre. Faltan todavía: {missing}.',
  'advice.escalated-wait.title': 'Espera la decisión de la plataforma',
  'advice.escalated-wait.why':
    'Tras escalar la disputa, la plataforma interviene en unos {days} días. Responde rápido a sus preguntas; aún puedes añadir pruebas hasta que se cierre el caso.',
  'advice.escalated-wait.whyAround':
    'Tras escalar la disputa, la plataforma interviene en unos {days} días (aquí, hacia el {date}). Responde rápido a sus preguntas; aún puedes añadir pruebas hasta que se cierre el caso.',
  'advice.offer-resend.title': 'Rechaza la propuesta y pide tu reembolso',
  'advice.offer-resend.proposes':
    '{from, select, platform {La plataforma propone} other {El vendedor propone}} {what, select, resend {volver a enviar el artículo} other {algo que no es un reembolso}}.',
  'advice.offer-resend.why':
    'Aceptar una propuesta como «Lo vuelvo a enviar» cierra la disputa para siempre: si el nuevo paquete no llega, ya no te queda disputa. Recházala y sigue pidiendo {refund}; si no hay acuerdo, interviene la plataforma.',
  'advice.offer-full-refund.title': 'Acepta el reembolso completo',
  'advice.offer-full-refund.why':
    '{from, select, platform {La plataforma ofrece} other {El vendedor ofrece}} un reembolso completo, lo máximo que puede dar una disputa. Aceptar cierra la disputa; comprueba que el importe sea todo lo que pagaste.',
  'advice.offer-return-seller-pays.title': 'Acepta la devolución con reembolso completo',
  'advice.offer-return-seller-pays.why':
    'Devolver el artículo con el envío pagado por el vendedor te devuelve el precio completo. Una vez acordada, la devolución debe enviarse en {days} días.',
  'advice.offer-return-buyer-pays.title':
    'Contrapropón: que el vendedor pague la devolución, o un reembolso sin devolver el artículo',
  'advice.offer-return-buyer-pays.why':
    'Una devolución puede costar hasta unos {postage} de envío, lo que puede comerse el reembolso. Contrapropón {refund} quedándote el artículo, o una devolución con el envío pagado por el vendedor.',
  'advice.offer-partial-unclear.title': 'Contrapropón el reembolso que puedes justificar',
  'advice.offer-partial-unclear.why':
    'La oferta no se puede comparar con lo que justifica el problema. Contrapropón un importe concreto con su motivo; aceptar cerraría la disputa.',
  'advice.offer-partial-unclear.whyRefund':
    'La oferta no se puede comparar con lo que justifica el problema ({refund}). Contrapropón un importe concreto con su motivo; aceptar cerraría la disputa.',
  'advice.offer-fair.title': 'Acepta el reembolso de {amount}',
  'advice.offer-fair.why':
    'La oferta llega al menos a lo que justifica el problema ({refund}): {rationale} Aceptar cierra la disputa.',
  'advice.offer-low.title': 'Contrapropón {amount}',
  'advice.offer-low.why':
    '{offered} está por debajo de lo que justifica el problema ({refund}), pero cerca: contrapropón una vez tu importe con su motivo. Si no hay acuerdo, interviene la plataforma.',
  'advice.offer-unreasonable.title': 'Rechaza la oferta',
  'advice.offer-unreasonable.why':
    '{offered} es menos de la mitad de lo que justifica el problema ({refund}). Una contraoferta poco razonable es motivo para escalar: recházala y deja que decida la plataforma.',
  'advice.accepted-wait-refund.title': 'Espera el reembolso',
  'advice.accepted-wait-refund.why':
    'El vendedor aceptó; el reembolso llega en {range}. Si no ha llegado para entonces, pide a atención al cliente la referencia del reembolso.',
  'advice.accepted-wait-refund.whyBy':
    'El vendedor aceptó; el reembolso llega en {range} (aquí, hasta el {date}). Si no ha llegado para entonces, pide a atención al cliente la referencia del reembolso.',
  'advice.page-dispute-untracked.title': 'Sigue la disputa abierta',
  'advice.page-dispute-untracked.inProgress': 'Hay una disputa en curso.',
  'advice.page-dispute-untracked.inProgressShown': 'Hay una disputa en curso («{status}»).',
  'advice.page-dispute-untracked.countdown': 'La cuenta atrás de la página termina el {date}.',
  'advice.page-dispute-untracked.noDates':
    'Sus fechas no aparecen en esta página: el vendedor suele tener {days} días para responder, contados desde que se abrió la disputa.',
  'advice.page-dispute-untracked.record':
    'Mira en la página de la disputa si el vendedor ha respondido, y anota en el diario cuándo se abrió (la fecha puede ser pasada) para que Buyer Guard pueda calcular los siguientes pasos y avisarte.',
  'advice.opened-add-evidence.title': 'Añade ya las pruebas que faltan',
  'advice.opened-add-evidence.why':
    'Las pruebas son obligatorias si recibiste el artículo, y se pueden añadir hasta que se cierre el caso. Añádelas ya: {missing}.',
  'advice.opened-add-evidence.whyBy':
    'Las pruebas son obligatorias si recibiste el artículo, y se pueden añadir hasta que se cierre el caso. El vendedor tiene hasta el {date} para responder; añádelas antes: {missing}.',
  'advice.opened-wait-seller.title': 'Espera la respuesta del vendedor',
  'advice.opened-wait-seller.why':
    'El vendedor tiene {days} días para responder a la disputa, hasta el {date}; si no lo hace, el reembolso que propusiste se ejecuta automáticamente.',
  'advice.seller-silent-auto-refund.title': 'Espera el reembolso automático',
  'advice.seller-silent-auto-refund.why':
    'El vendedor no respondió antes del {date}, así que el reembolso que propusiste debería ejecutarse automáticamente y llegar en {max} días hábiles. Si la página de la disputa dice otra cosa, escálala.',
  'advice.seller-silent-auto-refund.whyBy':
    'El vendedor no respondió antes del {date}, así que el reembolso que propusiste debería ejecutarse automáticamente y llegar en {max} días hábiles (hasta el {expected}). Si la página de la disputa dice otra cosa, escálala.',
  'advice.negotiation-in-transit.title': 'Espera a que pase el plazo de entrega prometido',
  'advice.negotiation-in-transit.why':
    'Una disputa por «no recibido» no se escala mientras el paquete está en camino dentro del plazo prometido, aquí hasta el {date}.',
  'advice.negotiation-add-evidence.title': 'Añade las pruebas que faltan antes de que intervenga la plataforma',
  'advice.negotiation-add-evidence.why':
    'Si no hay acuerdo, la plataforma decide con las pruebas del caso; faltan todavía: {missing}. Se pueden añadir pruebas hasta que se cierre el caso.',
  'advice.trigger.seller-rejected': 'El vendedor rechazó la disputa.',
  'advice.trigger.no-agreement': 'La negociación no ha llegado a un acuerdo.',
  'advice.escalate-now.title': 'Escala la disputa a la plataforma',
  'advice.escalate-now.pageOffers': 'La página de la disputa ofrece escalarla.',
  'advice.escalate-now.pageOffersAuto':
    'La página de la disputa ofrece escalarla; sin acuerdo, se escala automáticamente hacia el {auto}.',
  'advice.escalate-now.since': 'Se puede escalar {days} días después de abrirla (desde el {date}).',
  'advice.escalate-now.sinceAuto':
    'Se puede escalar {days} días después de abrirla (desde el {date}); sin acuerdo, se escala automáticamente hacia el {auto}.',
  'advice.escalate-now.sooner': 'Escalarla ahora lleva el caso antes a la plataforma.',
  'advice.wait-for-escalation.title': 'Sigue negociando hasta que se pueda escalar',
  'advice.wait-for-escalation.expected': 'La opción de escalar debería aparecer desde el {date}.',
  'advice.wait-for-escalation.expectedAuto':
    'La opción de escalar debería aparecer desde el {date}; sin acuerdo, se escala automáticamente hacia el {auto}.',
  'advice.wait-for-escalation.pageShows': 'La página de la disputa indica cuándo aparece la opción de escalar.',
  'advice.wait-for-escalation.pageShowsAuto':
    'La página de la disputa indica cuándo aparece la opción de escalar; sin acuerdo, se escala automáticamente hacia el {auto}.',
  'advice.decided-wait-refund.title': 'Espera el reembolso',
  'advice.decided-wait-refund.why':
    'La plataforma decidió {outcome, select, partial {un reembolso parcial} other {a tu favor}}; el reembolso llega en {range}.',
  'advice.decided-wait-refund.whyBy':
    'La plataforma decidió {outcome, select, partial {un reembolso parcial} other {a tu favor}}; el reembolso llega en {range}, aquí hasta el {date}.',
  'advice.decided-refund-overdue.why':
    'La plataforma decidió un reembolso; debería haber llegado en {max} días hábiles (hasta el {expected}). Pide a atención al cliente la referencia del reembolso y luego consúltalo con tu banco.',
  'advice.decided-refund-overdue.whyOn':
    'La plataforma decidió un reembolso el {decided}; debería haber llegado en {max} días hábiles (hasta el {expected}). Pide a atención al cliente la referencia del reembolso y luego consúltalo con tu banco.',
  'advice.decision-appeal.title': 'Recurre la decisión',
  'advice.decision-appeal.why':
    'La página de la disputa ofrece recurrir la decisión de la plataforma. Recurre con las pruebas que la decisión no tuvo en cuenta; fuentes antiguas dicen que la decisión es definitiva, así que aprovéchalo mientras se ofrezca.',
  'advice.resolved-feedback.title': 'Valora al vendedor',
  'advice.resolved-feedback.why':
    'El problema está resuelto y el reembolso ha llegado. Tu valoración cuenta a otros compradores cómo lo gestionó el vendedor.',
  'advice.accepted-closed.title': 'Espera lo que acordó el vendedor',
  'advice.accepted-closed.why':
    'Aceptaste la propuesta del vendedor, y eso cerró la disputa para siempre: no se puede abrir otra por el mismo problema. Si el vendedor no cumple lo acordado, denúncialo; tu medio de pago aún puede ayudarte.',
  'advice.reopen-dispute.title': 'Abre una nueva disputa',
  'advice.reopen-dispute.whyCancelled':
    'La disputa se canceló mientras la protección seguía activa, así que el día de la cancelación cuenta como la finalización del pedido: puedes abrir una nueva disputa hasta el {date} ({days} días). El problema no está resuelto, así que ábrela antes.',
  'advice.reopen-dispute.why':
    'El problema no está resuelto y el mismo producto se puede volver a disputar; el último día para abrir una disputa es el {date}.',
  'advice.dispute-status-unknown.title': 'Abre la página de la disputa',
  'advice.dispute-status-unknown.why':
    'Buyer Guard no sabe en qué punto está este caso. Abre las páginas del pedido y de la disputa para que se puedan leer; los valores de la propia página siempre prevalecen sobre las estimaciones.',

  'advice.provider-dispute-lapsed.title': 'Revisa la disputa de PayPal: puede haberse cerrado',
  'advice.provider-dispute-lapsed.why':
    'Una disputa de PayPal debe convertirse en reclamación en {days} días; aquí eso fue el {date}. Si se cerró, pregunta a PayPal si se puede reabrir, y anota la reclamación en el diario si la abriste.',
  'advice.provider-escalate-claim.title': 'Convierte la disputa de PayPal en reclamación si el vendedor no reembolsa',
  'advice.provider-escalate-claim.why':
    'Una disputa de PayPal se cierra si no se convierte en reclamación en {days} días desde que se abrió, aquí hasta el {date}. Si el vendedor no ha reembolsado para entonces, conviértela en el Centro de resoluciones de PayPal; luego decide PayPal.',
  'advice.provider-decides.title.paypal': 'Espera la decisión de PayPal',
  'advice.provider-decides.title.card': 'Espera la decisión de tu banco',
  'advice.provider-decides.why.paypal':
    'La reclamación de PayPal la decide PayPal con sus propias reglas y plazos. Responde rápido a sus preguntas; lo que te pedirá es el paquete de pruebas y el historial de la disputa.',
  'advice.provider-decides.why.card':
    'El contracargo lo decide tu banco con sus propias reglas y plazos. Responde rápido a sus preguntas; lo que te pedirá es el paquete de pruebas y el historial de la disputa.',
  'advice.chargeback.title.paypal': 'Pide a PayPal un reembolso (disputa de PayPal)',
  'advice.chargeback.title.card': 'Pide a tu banco un contracargo',
  'advice.chargeback.why':
    'Tu medio de pago es la vía que queda: su plazo termina el {date} ({days} días después del pago).',
  'advice.lost-chargeback.reason':
    'La plataforma falló a favor del vendedor, así que la vía de la plataforma está agotada.',
  'advice.window-closed-chargeback.reason':
    'El último día para abrir una disputa fue el {date}, así que la vía de la plataforma está cerrada.',
  'advice.window-closed-chargeback.reasonAfterProtection':
    'El último día para abrir una disputa fue el {date} ({days} días después del fin de la protección), así que la vía de la plataforma está cerrada.',
  'advice.lost-feedback.title': 'Deja una valoración sincera del vendedor',
  'advice.lost-feedback.why':
    'La plataforma falló a favor del vendedor y no consta que quede abierto el plazo de tu medio de pago. Una valoración sincera avisa a otros compradores; también puedes denunciar al vendedor.',
  'advice.window-closed-feedback.title': 'Deja una valoración sincera del vendedor',
  'advice.window-closed-feedback.why':
    'El último día para abrir una disputa fue el {date}, y no consta que quede abierto el plazo de tu medio de pago. Tu valoración avisa a otros compradores.',
  'advice.window-closed-feedback.whyComplaint':
    'El último día para abrir una disputa fue el {date}, y no consta que quede abierto el plazo de tu medio de pago. Tu valoración avisa a otros compradores; también puedes presentar una denuncia.',

  'advice.awaiting-payment.title': 'Nada que hacer hasta que se pague el pedido',
  'advice.awaiting-payment.why': 'La protección al comprador empieza con un pedido pagado y enviado.',
  'advice.order-closed.title': 'Nada que hacer',
  'advice.order-closed.why':
    'El pedido está cerrado. Si te cobraron y no te devolvieron el dinero, indícalo como problema de reembolso.',
  'advice.awaiting-shipment.title': 'Espera a que el vendedor lo envíe',
  'advice.awaiting-shipment.why': 'Las disputas solo se pueden abrir tras el envío (desde el día {day}).',
  'advice.awaiting-shipment.shipBy': 'El vendedor debe enviarlo como tarde el {date}.',
  'advice.awaiting-shipment.ask': 'Pregunta al vendedor si tarda más de lo prometido.',
  'advice.estimatedProtectionEnd':
    'Esta fecha es solo el final más tardío posible ({days} días tras el envío): abre la página del pedido para que Buyer Guard lea la cuenta atrás real.',
  'advice.in-transit-wait.title': 'Espera el paquete',
  'advice.in-transit-wait.onItsWay': 'El pedido está en camino.',
  'advice.in-transit-wait.protection':
    'La protección al comprador dura hasta el {date}; si el paquete no ha llegado {days} días antes, pide al vendedor que amplíe la protección.',
  'advice.in-transit-wait.tellUs': 'Si no llega, dile a Buyer Guard qué pasa.',
  'advice.tracking-silent.title': 'Pregunta al vendedor dónde está el paquete',
  'advice.tracking-silent.why':
    '{days, plural, one {El seguimiento lleva # día sin moverse} other {El seguimiento lleva # días sin moverse}} (última actualización: {date}). Pide al vendedor desde la página del pedido que lo consulte con la empresa de transporte, y guarda el chat como prueba.',
  'advice.tracking-silent.prepareNow': 'Si el paquete no se mueve, abre una disputa por «{reason}»: ya es posible.',
  'advice.tracking-silent.prepareFrom':
    'Si el paquete no se mueve, abre una disputa por «{reason}»: será posible desde el {date}.',
  'advice.delivered-inspect.title': 'Revisa el artículo antes de que termine la protección',
  'advice.delivered-inspect.titleEnded': 'Revisa el artículo',
  'advice.delivered-inspect.why':
    'El seguimiento dice que se entregó. Revisa el artículo ya: la protección termina el {date} y después el pedido se completa automáticamente. Confirma la recepción solo cuando todo esté bien.',
  'advice.delivered-inspect.whyEnded':
    'El seguimiento dice que se entregó. Revisa el artículo ya: puede que la protección ya haya terminado. Confirma la recepción solo cuando todo esté bien.',
  'advice.completed-feedback.title': 'Deja una valoración',
  'advice.completed-feedback.complete': 'El pedido está completado.',
  'advice.completed-feedback.tellUs':
    'Si aparece un problema, díselo a Buyer Guard: sabe cuánto tiempo se puede abrir una disputa.',
  'advice.completed-feedback.stillPossible': 'Si aparece un problema, aún puedes abrir una disputa hasta el {date}.',
  'advice.completed-feedback.wasLast': 'El último día para abrir una disputa fue el {date}.',
  'advice.status-unknown.title': 'Abre la página del pedido',
  'advice.status-unknown.why':
    'Buyer Guard aún no ha leído el estado de este pedido. Abre su página en AliExpress para que se lean las cuentas atrás; los valores de la propia página siempre prevalecen sobre las estimaciones.',
  'advice.extension-not-granted.title': 'Abre ya una disputa por «{reason}»',
  'advice.extension-not-granted.why':
    'Pediste una ampliación hace {hours} horas o más y no se concedió; la protección termina el {date}. Abre la disputa antes.',
  'advice.extension.fallbackDispute':
    'Si no se concede en {hours} horas, abre una disputa por «{reason}» antes de que termine la protección; prepárala ya.',
  'advice.extension.fallbackLater':
    'Si no se concede, abre una disputa por «{reason}» en cuanto la página del pedido lo permita.',
  'advice.extend-protection-late.title': 'Pide ya una ampliación y prepara la disputa',
  'advice.extend-protection-late.why':
    'La protección termina el {date} y el paquete no ha llegado. Lo normal es pedirlo entre {earliest} y {latest} días antes del final, así que vas tarde: pide ya al vendedor una ampliación desde la página del pedido (los vendedores tardan hasta {hours} horas).',
  'advice.extend-protection.title': 'Pide al vendedor que amplíe la protección al comprador',
  'advice.extend-protection.why':
    'El paquete no ha llegado y la protección termina el {date}. Ahora es el momento de pedirlo (entre {earliest} y {latest} días antes del final): solicita la ampliación desde la página del pedido; solo el vendedor puede aprobarla, normalmente en {hours} horas.',
  'advice.protection-ending-open-dispute.title': 'Abre una disputa por «{reason}» antes de que termine la protección',
  'advice.protection-ending-open-dispute.why':
    'La protección termina el {date}: demasiado pronto para esperar una ampliación (los vendedores tardan hasta {hours} horas). Cuando termine, el pedido se completa y el dinero va al vendedor.',
  'advice.protection-before-opening.title': 'Pide al vendedor que amplíe la protección',
  'advice.protection-before-opening.why':
    'La protección termina el {date}, antes de que se pueda abrir una disputa (desde el {opens}). Pide ya al vendedor desde la página del pedido que amplíe la protección, y guarda el chat como prueba.',
  'advice.before-dispute-contact-seller.title': 'Contacta con el vendedor',
  'advice.before-dispute-contact-seller.why':
    'Se puede abrir una disputa desde el {opens}. Hasta entonces, escribe al vendedor desde la página del pedido: los vendedores suelen responder en {range} días laborables, y el chat servirá de prueba después.',
  'advice.wait-dispute-opens.title': 'Espera a que se pueda abrir una disputa',
  'advice.wait-dispute-opens.why':
    'Ya contactaste con el vendedor. «Abrir disputa» estará disponible a partir del {date}.',
  'advice.not-received-in-transit.title': 'Espera a que pase el plazo de entrega prometido',
  'advice.not-received-in-transit.why':
    'El seguimiento avanza con normalidad y el plazo de entrega prometido dura hasta el {date}; una disputa por «no recibido» solo es posible después.',
  'advice.dispute.protectionEnds':
    'La protección al comprador termina el {date}; entonces el pedido se completa y el dinero va al vendedor.',
  'advice.dispute.lastDay': 'El último día para abrir una disputa es el {date}.',
  'advice.open-dispute-urgent.title': 'Abre ya una disputa: «{reason}»',
  'advice.open-dispute-urgent.short': 'Queda poco tiempo:',
  'advice.open-dispute-urgent.then':
    'Abre primero la disputa y pide {refund}; las pruebas se pueden añadir hasta que se cierre el caso.',
  'advice.contact-seller-first.title': 'Contacta primero con el vendedor',
  'advice.contact-seller-first.why':
    'Para un problema menor, el vendedor es la vía más rápida: suele responder en {range} días laborables. Pide {refund}; si no hay una respuesta justa, abre una disputa.',
  'advice.wait-seller-reply.title': 'Dale tiempo al vendedor para responder',
  'advice.wait-seller-reply.why':
    'Los vendedores suelen responder en {days} días laborables, aquí hasta el {date}. Si no hay una respuesta justa, abre una disputa.',
  'advice.collect-evidence.title': 'Reúne las pruebas y luego abre la disputa',
  'advice.collect-evidence.why':
    'Las pruebas son obligatorias si recibiste el artículo, y las disputas se pierden por pruebas que faltan o no se ven claras. Faltan todavía: {missing}.',
  'advice.open-dispute.title': 'Abre una disputa: «{reason}»',
  'advice.open-dispute.why':
    'La vía de la disputa está abierta. Elige «{reason}», pon primero el problema principal, adjunta las pruebas y pide {refund}.',
  'advice.tracking-silent.fact':
    '{days, plural, one {El seguimiento lleva # día sin moverse.} other {El seguimiento lleva # días sin moverse.}}',

  'advice.option.open-dispute.title': 'Abrir una disputa',
  'advice.option.open-dispute.until': 'Posible hasta el {date}.',
  'advice.option.open-dispute.now': 'Posible ya.',
  'advice.option.contact-seller.title': 'Contactar con el vendedor',
  'advice.option.contact-seller.why': 'Los vendedores suelen responder en {range} días laborables.',
  'advice.option.escalate.title': 'Escalar a la plataforma',
  'advice.option.escalate.why': 'No hay acuerdo con el vendedor.',
  'advice.option.counter-offer.title': 'Contraproponer',
  'advice.option.counter-offer.why': 'Propón {refund} con su motivo.',
  'advice.option.accept-offer.title': 'Aceptar la propuesta',
  'advice.option.accept-offer.why': 'Cierra la disputa para siempre.',
  'advice.option.escalate-claim.title': 'Convertir la disputa de PayPal en reclamación',
  'advice.option.escalate-claim.why': 'PayPal cierra la disputa si no se convierte en reclamación antes del {date}.',
  'advice.option.add-evidence.title': 'Reunir pruebas',
  'advice.option.add-evidence.why': 'Fotos, vídeos y capturas según la lista.',
  'advice.option.report-seller.title': 'Denunciar al vendedor',
  'advice.option.report-seller.why': 'Centro de reclamaciones: «{category}».',
  'advice.option.chargeback.title.paypal': 'Disputa con PayPal',
  'advice.option.chargeback.title.card': 'Contracargo con tu banco',
  'advice.option.chargeback.why': 'Posible hasta el {date}; úsalo solo si la vía de la plataforma ha fallado.',
  'advice.option.leave-feedback.title': 'Dejar una valoración',
  'advice.option.leave-feedback.why': 'Cuenta a otros compradores cómo se portó el vendedor.',

  'warning.accept-offer.closes.title': 'Aceptar cierra la disputa para siempre',
  'warning.accept-offer.closes.text':
    'Aceptar la propuesta del vendedor (por ejemplo, «Lo vuelvo a enviar») cierra esta disputa y no se puede reabrir: si el nuevo paquete no llega o tiene el mismo problema, puede que ya no te quede disputa. Es la forma más habitual de perder el reembolso. Acepta solo si estás seguro.',
  'warning.accept-offer.settles.title': 'Aceptar cierra la disputa',
  'warning.accept-offer.settles.refund':
    'Al aceptar, la disputa se cierra con {refund}. Después no podrás pedir más, así que comprueba antes el importe.',
  'warning.accept-offer.settles.return':
    'Al aceptar, la disputa se cierra con un reembolso después de que devuelvas el artículo (el envío de la devolución puede correr de tu cuenta, y debes enviarla en {days} días). Después no podrás pedir más, así que comprueba antes el importe.',
  'warning.accept-offer.settles.returnOf':
    'Al aceptar, la disputa se cierra con un reembolso de {amount} después de que devuelvas el artículo (el envío de la devolución puede correr de tu cuenta, y debes enviarla en {days} días). Después no podrás pedir más, así que comprueba antes el importe.',
  'warning.cancel-dispute.final.title': 'Cancelar ahora entrega el dinero al vendedor',
  'warning.cancel-dispute.final.unknown':
    'La protección al comprador ha terminado (o no se sabe cuándo termina): si cancelas esta disputa, el dinero va al vendedor y no podrás abrir otra.',
  'warning.cancel-dispute.final.ended':
    'La protección al comprador ha terminado ({date}): si cancelas esta disputa, el dinero va al vendedor y no podrás abrir otra.',
  'warning.cancel-dispute.restart.title': 'Cancelar termina hoy la protección',
  'warning.cancel-dispute.restart.text':
    'Si cancelas, hoy pasa a ser la fecha de finalización del pedido: la protección termina y solo podrás abrir una nueva disputa hasta el final del {date} ({days} días).',
  'warning.confirm-receipt.notArrived.title': 'No confirmes un pedido que no ha llegado',
  'warning.confirm-receipt.notArrived.text':
    'Confirmar la recepción termina la protección al comprador. Un vendedor que te pide confirmar antes de que llegue el artículo incumple las normas: puedes denunciarlo.',
  'warning.confirm-receipt.openProblem.title': 'Tienes un problema abierto con este pedido',
  'warning.confirm-receipt.openProblem.text':
    'Confirmar la recepción termina la protección al comprador; solo te quedarán {days} días para abrir una disputa. Resuelve antes el problema.',
  'warning.confirm-receipt.check.title': 'Confirmar termina la protección al comprador',
  'warning.confirm-receipt.check.text':
    'Revisa bien el artículo primero. Después de confirmar te quedan {days} días para abrir una disputa.',
  'warning.let-window-lapse.title': 'Cuando se cierre el plazo, no habrá disputa posible',
  'warning.let-window-lapse.unknown':
    'La última oportunidad de abrir una disputa termina {days} días después del fin de la protección o de que confirmes la recepción. Después, la vía de la plataforma queda cerrada para este pedido.',
  'warning.let-window-lapse.on':
    'La última oportunidad de abrir una disputa termina el {date}. Después, la vía de la plataforma queda cerrada para este pedido.',
  'warning.let-window-lapse.passed':
    'La última oportunidad de abrir una disputa terminó el {date} (ya pasó). Después, la vía de la plataforma queda cerrada para este pedido.',
  'warning.skip-return-shipping.title': 'Envía la devolución a tiempo',
  'warning.skip-return-shipping.text':
    'Una devolución acordada debe enviarse en {days} días; si no, se paga al vendedor y pierdes el reembolso.',
  'warning.skip-return-shipping.textBy':
    'Una devolución acordada debe enviarse en {days} días (hasta el {date}); si no, se paga al vendedor y pierdes el reembolso.',
  'warning.file-chargeback.platformFirst.title': 'Termina antes la vía de la plataforma',
  'warning.file-chargeback.platformFirst.text':
    'Un contracargo presentado mientras sigue abierta la vía de disputa de la propia plataforma puede hacerte perder su protección (en algunas plataformas, la reclamación deja de ser válida). Usa primero la disputa; guarda el contracargo para cuando falle.',
  'warning.file-chargeback.provider.title': 'A partir de aquí decide el banco o PayPal',
  'warning.file-chargeback.provider.text':
    'Un contracargo lo deciden tu banco o PayPal con sus propias reglas y plazos. Ten a mano el paquete de pruebas y el historial de la disputa para sus preguntas.',

  'refund.missingShare':
    'Faltan {missing} de {quantity} unidades, así que el reembolso que se pide es su parte del precio.',
  'refund.missingShareOf':
    'Faltan {missing} de {quantity} unidades, así que el reembolso que se pide es su parte del precio ({amount}).',
  'refund.full':
    '{why, select, not_received {El pedido nunca llegó} all_missing {No llegó nada del pedido} other {El artículo no sirve para su uso}}, así que lo justo es pedir un reembolso completo.',
  'refund.fullOf':
    '{why, select, not_received {El pedido nunca llegó} all_missing {No llegó nada del pedido} other {El artículo no sirve para su uso}}, así que lo justo es pedir un reembolso completo ({amount}).',
  'refund.share': 'el {percent} % del precio',
  'refund.shareOf': 'el {percent} % del precio ({amount})',
  'refund.partialMinor':
    'El artículo se puede usar a pesar del problema, y la plataforma suele conceder una compensación parcial por un defecto menor; {share} es una propuesta razonable quedándote el artículo.',
  'refund.partialAssumed':
    'Por un defecto que deja el artículo utilizable, la plataforma suele conceder una compensación parcial; {share} es una propuesta razonable quedándote el artículo. Si el artículo no sirve para su uso, lo justo es pedir un reembolso completo.',

  'rule.source': 'Fuente: {source}.',
  'rule.era.current': 'las normas actuales de AliExpress',
  'rule.era.legacy': 'las páginas de ayuda antiguas de AliExpress (c. 2012–16)',
  'rule.era.seller-side': 'las normas de AliExpress para vendedores',
  'rule.era.one-guide': 'una guía para compradores (c. 2020–22), sin confirmar en otras fuentes',
  'rule.era.payment-provider': 'las normas del medio de pago',
  'rule.buyer-protection-max-days':
    'El vendedor fija la protección al comprador de cada pedido y la página del pedido la muestra como cuenta atrás; termina como mucho {days} días después del envío.',
  'rule.note.buyer-protection-max-days':
    'Es el final más tardío posible, no el de este pedido: abre la página del pedido para que Buyer Guard lea la cuenta atrás real.',
  'rule.protection-after-delivery-days':
    'Cuando el seguimiento dice que se entregó, la página del pedido muestra cuánta protección queda; si no, Buyer Guard supone que puede reducirse a {days} días tras la entrega.',
  'rule.note.protection-after-delivery-days': 'Pronto es seguro; tarde te haría perder el reembolso.',
  'rule.confirm-receipt-ends-protection':
    'Confirmar la recepción termina la protección al comprador; solo queda el plazo para abrir una disputa.',
  'rule.cancelled-dispute-restarts-window':
    'Una disputa cancelada mientras la protección sigue activa hace del día de la cancelación la finalización del pedido: puedes abrir una nueva disputa hasta el final del día {days} después.',
  'rule.cancel-after-protection-is-final':
    'Cancelar una disputa después de que termine la protección entrega el dinero al vendedor; ya no se puede abrir otra.',
  'rule.dispute-opens-after-shipping-days':
    '«Abrir disputa» está disponible a partir del día {days} después de que el vendedor envíe el pedido.',
  'rule.note.dispute-opens-after-shipping-days':
    'A los vendedores se les dice 10 días; Buyer Guard toma el día más tardío para no mandarte nunca a un botón que aún no está.',
  'rule.dispute-opens-immediately-below-delivery-days':
    'Si el plazo de entrega prometido es de menos de {days} días, se puede abrir una disputa en cuanto se envía el pedido.',
  'rule.dispute-window-days':
    'El último día para abrir una disputa es {days} días después del fin de la protección al comprador o de «Confirmar recepción», lo que ocurra primero.',
  'rule.seller-dispute-response-days':
    'El vendedor tiene {days} días para responder a una disputa; si no, el reembolso que propusiste se ejecuta automáticamente.',
  'rule.escalation-possible-after-days': 'Puedes escalar una disputa a la plataforma {days} días después de abrirla.',
  'rule.note.escalation-possible-after-days': 'Siempre manda el botón de la propia página de la disputa.',
  'rule.escalation-auto-after-days':
    'Sin acuerdo, la disputa pasa automáticamente a la plataforma tras unos {days} días de negociación.',
  'rule.return-ship-within-days':
    'Después de aceptar una devolución, debes enviarla en {days} días; si no, se paga al vendedor.',
  'rule.paypal-dispute-window-days': 'Una disputa de PayPal debe abrirse en los {days} días siguientes al pago.',
  'rule.card-chargeback-window-days':
    'Un contracargo con tarjeta suele ser posible en los {days} días siguientes al pago.',
  'rule.note.card-chargeback-window-days': 'Cada banco es distinto: consúltalo con el tuyo.',
  'rule.paypal-escalate-to-claim-days':
    'Una disputa de PayPal debe convertirse en reclamación en los {days} días siguientes a su apertura; si no, se cierra.',
  'rule.alternative': 'La regla general daría el {date} ({rule}); para este pedido manda la regla de la propia página.',
  'rule.alternativeBare': 'La regla general daría el {date}; para este pedido manda la regla de la propia página.',

  'problem.not-received': 'No recibido (con retraso, o «entregado» pero no llegó nada)',
  'problem.damaged': 'Llegó dañado',
  'problem.wrong-item': 'Artículo equivocado',
  'problem.missing-items': 'Faltan artículos',
  'problem.quality-problem': 'Mala calidad',
  'problem.does-not-work': 'No funciona / defectuoso',
  'problem.not-as-described': 'No coincide con la descripción',
  'problem.counterfeit': 'Falsificación',
  'problem.size-colour-mismatch': 'Talla, color o estilo equivocado',
  'problem.empty-package': 'Paquete vacío o incompleto',
  'problem.different-shipping-method': 'Enviado con un método de envío peor',
  'problem.payment-error': 'El pago falló o se cobró mal',
  'problem.money-not-credited': 'Pagado, pero el pedido aparece sin pagar',
  'problem.refund-not-received': 'Reembolso no recibido',
  'problem.order-cancelled': 'Cancelado, sin reembolso',
  'problem.pay-outside-platform': 'El vendedor pide pagar fuera de AliExpress',
  'problem.confirm-before-arrival': 'El vendedor pide confirmar la recepción antes de tiempo',
  'problem.threats-or-rudeness': 'El vendedor amenaza o es grosero',
  'problem.spam': 'El vendedor envía spam',
  'problem.phishing': 'El vendedor envió un enlace de phishing',
  'problem.inflated-price': 'Precio inflado',
  'problem.changed-quantity': 'El vendedor cambió la cantidad',
  'problem.changed-shipping-cost': 'El coste de envío no coincide con el anuncio',
  'problem.fake-tracking': 'Número de seguimiento falso',
  'problem.account-question': 'Una pregunta sobre mi cuenta',
  'problem.group.order': 'Problema con el pedido',
  'problem.group.payment': 'Pago o reembolso',
  'problem.group.misconduct': 'Malas prácticas del vendedor',
  'problem.group.account': 'Cuenta',
  'problem.choice.not-received': 'No ha llegado',
  'problem.choice.damaged': 'Llegó dañado',
  'problem.choice.not-as-described': 'No es como se describía',
  'problem.choice.missing-items': 'Faltan artículos',
  'problem.choice.offer': 'El vendedor hizo una oferta',
  'problem.choice.other': 'Otra cosa',

  'formReason.not-received': 'No recibido',
  'formReason.damaged': 'Productos dañados',
  'formReason.not-as-described': 'No coincide con la descripción',
  'formReason.quality-problem': 'Problema de calidad',
  'formReason.missing-items': 'Problema de cantidad',
  'formReason.wrong-item': 'Artículo equivocado',
  'formReason.does-not-work': 'No funciona correctamente',
  'formReason.counterfeit': 'Falsificación',
  'formReason.size-colour-mismatch': 'Talla/color/estilo distinto al pedido',
  'formReason.empty-package': 'Paquete incompleto o vacío',
  'formReason.different-shipping-method': 'Se usó otro método de envío',

  'evidence.tip.light': 'Usa luz de día o una luz intensa; en una foto o un vídeo oscuros no se ve el problema.',
  'evidence.tip.focus': 'No te muevas y enfoca el problema; repite lo que salga borroso.',
  'evidence.tip.short': 'Haz vídeos cortos y al grano; comprime en zip los vídeos grandes antes de subirlos.',
  'evidence.tip.originals': 'Guarda los archivos originales: Buyer Guard registra una huella (SHA-256) de cada uno.',
  'evidence.order-page-screenshot.what': 'Captura de la página de detalles del pedido',
  'evidence.order-page-screenshot.how':
    'Número de pedido, artículo, variante elegida, precio, fecha y estado del pedido visibles en una sola captura.',
  'evidence.listing-screenshot.what': 'Captura de la página del producto tal como lo pediste',
  'evidence.listing-screenshot.how':
    'El título, las fotos, la descripción o las especificaciones en las que te basaste, y la variante que elegiste.',
  'evidence.listing-screenshot.how.inflated-price':
    'El precio anunciado (y cualquier precio «original» tachado) con la fecha visible.',
  'evidence.listing-screenshot.how.changed-shipping-cost':
    'El coste de envío que muestra la página del producto para tu país.',
  'evidence.seller-chat-screenshot.what': 'Capturas de tus mensajes con el vendedor',
  'evidence.seller-chat-screenshot.how':
    'Con las fechas, el nombre de la tienda y lo que se dijo visibles; guarda todas las capturas.',
  'evidence.label-weight-photo.what':
    'Foto de la etiqueta de envío con el peso declarado, y del paquete en una báscula',
  'evidence.label-weight-photo.how':
    'Etiqueta legible (número de seguimiento y peso); la pantalla de la báscula y el paquete en la misma foto.',
  'evidence.unboxing-video.what': 'Vídeo abriendo el paquete',
  'evidence.unboxing-video.how':
    'Una sola toma continua desde el paquete cerrado (con la etiqueta visible) hasta el contenido.',
  'evidence.tracking-screenshot.what': 'Captura del historial de seguimiento',
  'evidence.tracking-screenshot.how':
    'Toda la lista de eventos con fechas: sin entrega, un historial parado o raro, o «entregado» en otro sitio.',
  'evidence.tracking-screenshot.how.fake-tracking':
    'Muestra que la empresa de transporte no conoce el número, o que corresponde a otra ciudad u otro país.',
  'evidence.tracking-number.what': 'El número de seguimiento y la empresa de transporte',
  'evidence.tracking-number.how':
    'De la página de seguimiento del pedido; consulta también la web de la empresa de transporte y captura lo que dice.',
  'evidence.customs-papers.what': 'Documentos de aduanas, si el paquete está retenido en aduanas',
  'evidence.customs-papers.how': 'El aviso o la carta de aduanas, todas las páginas, legibles.',
  'evidence.damage-photos.what': 'Fotos de los daños desde varios ángulos',
  'evidence.damage-photos.how':
    'Una foto general del artículo entero y luego un primer plano de cada parte dañada; con luz de día y enfocadas.',
  'evidence.packaging-photos.what': 'Fotos del embalaje tal como llegó',
  'evidence.packaging-photos.how':
    'Caja exterior y relleno interior, cualquier parte aplastada o rota, con la etiqueta de envío visible.',
  'evidence.item-next-to-order.what': 'El artículo recibido junto a los detalles del pedido',
  'evidence.item-next-to-order.how':
    'El artículo y la página del pedido (en pantalla o impresa) en una sola foto, para que la diferencia sea evidente.',
  'evidence.item-label-photo.what': 'Foto de la etiqueta o del número de modelo del artículo recibido',
  'evidence.item-label-photo.what.does-not-work': 'Foto de la etiqueta del modelo o del número de serie',
  'evidence.item-label-photo.how': 'Primer plano, legible.',
  'evidence.contents-photo.what': 'Foto de todo el contenido del paquete extendido',
  'evidence.contents-photo.how':
    'Todo lo que llegó, contado y colocado en fila, junto a los detalles del pedido con la cantidad pedida.',
  'evidence.defect-video.what': 'Vídeo que muestra el defecto',
  'evidence.defect-video.how':
    'Con buena luz y sin moverte; muestra el artículo entero y luego el defecto de cerca; di o escribe qué falla.',
  'evidence.defect-photos.what': 'Fotos del defecto de cerca',
  'evidence.defect-photos.how': 'Enfocadas, con algo que sirva de escala cuando ayude.',
  'evidence.not-working-video.what': 'Vídeo del artículo sin funcionar',
  'evidence.not-working-video.how':
    'Prepáralo como indican las instrucciones (cargado, conectado, encendido) y muestra el fallo en una sola toma.',
  'evidence.differences-photos.what': 'Fotos o vídeos de cada diferencia con el anuncio',
  'evidence.differences-photos.how':
    'Una imagen por diferencia; enumera las diferencias en tu descripción en el mismo orden.',
  'evidence.brand-details-photos.what': 'Fotos de logotipos, etiquetas, números de serie y embalaje',
  'evidence.brand-details-photos.how':
    'Primeros planos que muestren por qué es falso (marca mal escrita, holograma que falta, número de serie con formato incorrecto).',
  'evidence.ruler-photo.what': 'El artículo extendido junto a una regla o cinta métrica',
  'evidence.ruler-photo.how':
    'Mide la medida que da la tabla de tallas (p. ej., ancho de pecho, largo), con los números de la regla legibles.',
  'evidence.size-label-photo.what': 'Foto de la etiqueta de la talla',
  'evidence.size-label-photo.how': 'Primer plano, legible.',
  'evidence.size-chart-screenshot.what': 'Captura de la tabla de tallas del anuncio y de la variante que elegiste',
  'evidence.size-chart-screenshot.how': 'Con la fila de tu talla visible.',
  'evidence.package-photos.what': 'Fotos del paquete por todos los lados, abierto y vacío (o incompleto)',
  'evidence.package-photos.how': 'Muestra los precintos y cualquier señal de apertura, y lo que había dentro.',
  'evidence.tracking-carrier-screenshot.what':
    'Captura del seguimiento con la empresa de transporte que se usó realmente',
  'evidence.tracking-carrier-screenshot.how':
    'Con el nombre de la empresa de transporte y el número de seguimiento visibles.',
  'evidence.chosen-shipping-screenshot.what': 'Captura del método de envío que elegiste y pagaste',
  'evidence.chosen-shipping-screenshot.how': 'De los detalles del pedido: nombre del método y coste del envío.',
  'evidence.payment-record.what': 'Línea del extracto del banco o de la tarjeta, o el recibo del pago',
  'evidence.payment-record.how': 'Importe, fecha y comercio visibles; oculta las líneas que no tienen que ver.',
  'evidence.payment-record.what.money-not-credited': 'Justificante de pago',
  'evidence.payment-record.how.money-not-credited':
    'Línea del extracto del banco o de la tarjeta, o el recibo del pago, con importe y fecha.',
  'evidence.refund-record.what': 'Captura del reembolso en la página del pedido o de la disputa',
  'evidence.refund-record.how': 'Importe, fecha y estado del reembolso visibles.',
  'evidence.statement-without-refund.what': 'Extracto del banco o de la tarjeta desde la fecha del reembolso',
  'evidence.statement-without-refund.how':
    'Muestra que el reembolso no ha llegado; oculta las líneas que no tienen que ver.',
  'evidence.cancellation-screenshot.what': 'Captura del pedido cancelado y del estado de su reembolso',
  'evidence.cancellation-screenshot.how': 'Número de pedido, fecha de cancelación y estado del reembolso visibles.',
  'evidence.misconduct-chat-screenshot.how': 'El mensaje, su fecha y el nombre de la tienda en una sola captura.',
  'evidence.misconduct-chat-screenshot.what.pay-outside-platform':
    'Captura del mensaje del vendedor pidiendo pagar fuera de AliExpress',
  'evidence.misconduct-chat-screenshot.what.confirm-before-arrival':
    'Captura del vendedor pidiéndote confirmar la recepción antes de que llegara el artículo',
  'evidence.misconduct-chat-screenshot.what.threats-or-rudeness': 'Capturas de los mensajes amenazantes o groseros',
  'evidence.misconduct-chat-screenshot.how.threats-or-rudeness':
    'Todos los mensajes, con las fechas y el nombre de la tienda.',
  'evidence.misconduct-chat-screenshot.what.spam': 'Capturas de los mensajes de spam',
  'evidence.misconduct-chat-screenshot.how.spam': 'Con las fechas y el nombre de la tienda que los envía.',
  'evidence.misconduct-chat-screenshot.what.phishing': 'Captura del mensaje o enlace de phishing',
  'evidence.misconduct-chat-screenshot.how.phishing':
    'No abras el enlace; captura el mensaje con su fecha y su remitente.',
  'evidence.carrier-site-screenshot.what': 'Captura de la web de la propia empresa de transporte con el mismo número',
  'evidence.carrier-site-screenshot.how': 'Con el número y la respuesta de la empresa de transporte visibles.',

  'complaint.ipr': 'Protección de la propiedad intelectual (falsificaciones)',
  'complaint.prohibited': 'Productos restringidos o prohibidos',
  'complaint.trading-rules': 'Infracciones de las normas de compraventa',
  'complaint.search-price-manipulation':
    'Manipulación de precios y categorías / infracciones relacionadas con la búsqueda',
  'complaint.other': 'Otros',
  'complaint.sub.weapons': 'Armas y material ofensivo',
  'complaint.sub.hazardous-chemicals': 'Productos químicos inflamables, explosivos y peligrosos',
  'complaint.sub.medical': 'Medicamentos y dispositivos médicos',
  'complaint.sub.illegal-tools': 'Software, herramientas o dispositivos para fines ilegales',
  'complaint.sub.illicit-drugs': 'Drogas ilegales, precursores y parafernalia',
  'complaint.sub.adult': 'Material obsceno y para adultos',
  'complaint.sub.human-parts-flora-fauna': 'Restos humanos, flora y fauna protegidas',
  'complaint.sub.other-prohibited': 'Otros productos prohibidos',
  'complaint.sub.wrong-category': 'Categoría incorrecta',
  'complaint.sub.wrong-five-category-posting': 'Publicación incorrecta en las cinco categorías',
  'complaint.sub.incorrect-measuring-units': 'Unidades de medida incorrectas',
  'complaint.sub.prices-too-low': 'Precios demasiado bajos',
  'complaint.sub.sku-infringements': 'Infracciones de SKU',
  'complaint.sub.shipping-cost-mismatch': 'El coste de envío real no coincide con el anunciado',
  'complaint.sub.duplicate-listings': 'Anuncios duplicados',
  'complaint.sub.incorrect-category-title': 'Título de categoría incorrecto',
  'complaint.sub.prices-too-high': 'Precios demasiado altos',
  'complaint.category': '{category} — {subType}',
  'complaint.note.ipr':
    'La presentan los titulares de los derechos desde una cuenta aparte (documentos revisados en ~{documents} días hábiles, la reclamación en ~{complaint}). Un comprador con una falsificación abre una disputa con el motivo «Falsificación».',
  'complaint.note.trading-rules':
    'Pagar fuera de la plataforma, confirmar la recepción antes de la llegada, amenazas o mala educación.',
  'complaint.note.other':
    'Spam y phishing (el phishing no tiene formulario propio). Una valoración abusiva se puede denunciar en los {days} días siguientes a la valoración.',
  'complaint.note.tradingOnNewForm':
    'El formulario de reclamaciones nuevo no tiene «Infracciones de las normas de compraventa»: denúncialo en «Otros» y abre una disputa para cualquier problema con el pedido.',
  'complaint.note.fakeTrackingOnNewForm':
    'El formulario de reclamaciones nuevo no tiene «Infracciones de las normas de compraventa»: denúncialo en «Otros» y abre una disputa para cualquier problema con el pedido. Un número de seguimiento falso es motivo para una disputa por «No recibido».',
  'complaint.note.pay-outside-platform': 'Pedir que pagues fuera de la plataforma incumple las normas de compraventa.',
  'complaint.note.confirm-before-arrival':
    'Presionar para «Confirmar recepción» antes de que llegue incumple las normas de compraventa.',
  'complaint.note.threats-or-rudeness': 'Las amenazas y la mala educación incumplen las normas de compraventa.',
  'complaint.note.changed-quantity': 'Cambiar la cantidad después del pedido incumple las normas de compraventa.',
  'complaint.note.fake-tracking':
    'Un número de seguimiento falso incumple las normas de compraventa; abre también una disputa por «No recibido».',
  'complaint.note.spam': 'El spam se denuncia en «Otros».',
  'complaint.note.phishing': 'El phishing no tiene formulario propio: usa «Otros».',
  'complaint.note.inflated-price': 'Un precio inflado es una manipulación de precios.',
  'complaint.note.changed-shipping-cost': 'Envío cobrado de forma distinta a lo anunciado.',
};
