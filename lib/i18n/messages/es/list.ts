import type { ListMessages } from '../en/list';

export const list: ListMessages = {
  'list.settings': 'Ajustes',
  'list.footer': 'Tus pedidos y pruebas se quedan en este dispositivo.',
  'list.loading': 'Cargando…',
  'list.title': 'Pedidos',
  'list.openMyOrders': 'Abrir Mis pedidos',
  'list.openMyOrders.newTab': 'Abrir Mis pedidos en AliExpress (pestaña nueva)',

  'list.filter.legend': 'Mostrar solo',
  'list.filter.overdue': 'Vencidos ({count, number})',
  'list.filter.urgent': 'Urgentes ({count, number})',
  'list.filter.soon': 'Pronto ({count, number})',
  'list.filter.upcoming': 'Próximos ({count, number})',
  'list.search.label': 'Buscar pedidos',
  'list.search.placeholder': 'Buscar artículo, tienda o número de pedido',
  'list.status.label': 'Estado',
  'list.status.any': 'Cualquier estado',
  'list.store.label': 'Tienda',
  'list.store.any': 'Cualquier tienda',
  'list.disputesOnly': 'Solo disputas',
  'list.noMatch': 'Ningún pedido coincide con estos filtros.',
  'list.empty.title': 'Aún no hay pedidos',
  'list.empty.text':
    'Abre Mis pedidos en AliExpress: Buyer Guard lee tus pedidos en la página y muestra aquí sus plazos.',
  'list.count': '{count, plural, one {# pedido} other {# pedidos}}',

  'list.item.items': '{count, plural, one {# artículo} other {# artículos}}',
  'list.item.more': '+ {count, plural, one {# más} other {# más}}',
  'list.item.noTitle': 'Artículo aún no leído',
  'list.item.noStore': 'Tienda aún no leída',
  'list.item.dispute': 'Disputa',
  'list.item.noDeadline': 'Sin fecha que vigilar',
  'list.urgency.overdue': 'Vencido',
  'list.urgency.urgent': 'Urgente',
  'list.urgency.soon': 'Pronto',
  'list.urgency.upcoming': 'Próximo',
  'list.urgency.none': 'Sin prisa',
  'list.chip.title': '{urgency} · {source}',

  'order.status.awaiting-payment': 'Pendiente de pago',
  'order.status.awaiting-shipment': 'Pendiente de envío',
  'order.status.shipped': 'Enviado',
  'order.status.delivered': 'Entregado',
  'order.status.completed': 'Completado',
  'order.status.closed': 'Cerrado',
  'order.status.unknown': 'Estado aún no leído',

  'list.page.order-list': 'Mis pedidos',
  'list.page.order-detail': 'la página del pedido',
  'list.page.tracking': 'la página de seguimiento',
  'list.page.dispute': 'devoluciones y reembolsos',
  'list.page.unknown': 'una página de AliExpress',
  'list.when.justNow': 'ahora mismo',
  'list.status.read': 'Leído {when}: {page}, {count, plural, one {# pedido} other {# pedidos}}',
  'list.status.failed': 'No se pudo leer {page} ({when}): {reason}',
  'list.status.seen': 'Abierto {when}: {page}',
  'list.status.none':
    'Aún no se ha leído ninguna página de pedidos de AliExpress. Abre Mis pedidos en AliExpress para empezar.',
  'list.status.error': 'El segundo plano de Buyer Guard no respondió: {error}',
  'list.status.noAnswer': 'El segundo plano de Buyer Guard no respondió. Cierra esta ventana y vuelve a abrirla.',
  'list.failure.not-a-buyer-page': 'no es una página de pedidos.',
  'list.failure.layout-not-recognised': 'Buyer Guard aún no conoce su diseño.',
  'list.failure.not-signed-in': 'no has iniciado sesión.',
  'list.failure.empty': 'no muestra pedidos.',
  'list.failure.verification-required':
    'AliExpress te pide primero su verificación antirrobots; los pedidos se leen en cuanto aparecen.',

  'list.report.partly': '{count, plural, one {No se pudo leer un dato.} other {No se pudieron leer # datos.}}',
  'list.report.save': 'Guardar un informe',
  'list.report.privacy':
    'El informe muestra cómo está construida la página, no tus pedidos, nombres ni direcciones. No se envía nada.',
  'list.report.none': 'No se guardó ningún informe de esta página: ábrela de nuevo y espera unos segundos.',
  'list.report.failed': 'No se pudo guardar el informe.',

  'list.note.notStored': 'Buyer Guard no pudo guardar esta lectura; todo lo guardado antes sigue igual.',
  'list.note.dropped':
    '{count, plural, one {# pedido no se guardó} other {# pedidos no se guardaron}} porque la página dio un valor que Buyer Guard no puede usar (pedido {orderId}: {why}).',
  'list.note.shortened':
    '{count, plural, one {# texto de la página era más largo de lo que Buyer Guard guarda y se acortó.} other {# textos de la página eran más largos de lo que Buyer Guard guarda y se acortaron.}}',
  'list.note.tooManyReadings':
    'Esta página cambió más rápido de lo que nadie puede leerla: Buyer Guard dejó de leerla durante un minuto. No se perdió nada de lo guardado; vuelve a leerla después de la pausa.',
  'list.note.tooManyNewOrders':
    '{count, plural, one {# pedido nuevo no se guardó} other {# pedidos nuevos no se guardaron}}: la página mostró en un minuto más pedidos nuevos de los que Buyer Guard toma de una página. No se perdió nada de lo guardado; vuelve a leer la página en un minuto.',
  'list.note.tooManyOrders':
    '{count, plural, one {# pedido nuevo no se guardó} other {# pedidos nuevos no se guardaron}}: Buyer Guard ya guarda todos los pedidos que puede. No se perdió nada de lo guardado; borra los pedidos que ya no necesites para hacer sitio.',
  'list.note.disagreement':
    'Pedido {orderId}: la página muestra {shown}, pero sus datos dicen {data} ({what}). Buyer Guard se queda con la fecha más temprana; revisa el pedido en AliExpress.',

  'list.storage.title': 'Buyer Guard no pudo guardar: este navegador se quedó sin espacio.',
  'list.storage.text':
    'El último cambio (a las {time}) no se guardó; todo lo guardado antes está intacto. Libera espacio en el disco o borra pruebas antiguas, y exporta una copia de seguridad por si acaso.',

  'welcome.title': 'Te damos la bienvenida a Buyer Guard',
  'welcome.lead':
    'Buyer Guard te acompaña en las páginas de tus pedidos de AliExpress para que no pierdas ningún reembolso por un plazo vencido o por pruebas débiles.',
  'welcome.does.title': 'Qué hace',
  'welcome.does.read':
    'Lee tus pedidos cuando abres Mis pedidos, un pedido, su seguimiento o una disputa: el estado, la cuenta atrás de la protección y cada fecha que indica la página.',
  'welcome.does.badge':
    'Pone junto a cada pedido una etiqueta con la fecha que importa primero; con un clic ves qué hacer a continuación.',
  'welcome.does.remind': 'Te avisa antes de que venza un plazo y te guía paso a paso en la disputa.',
  'welcome.does.evidence':
    'Reúne fotos, vídeos y capturas de pantalla como pruebas, comprobadas según los límites del formulario.',
  'welcome.device.title': 'Qué se queda en este dispositivo',
  'welcome.device.text':
    'Todo: tus pedidos, plazos, notas y pruebas se guardan solo en este navegador. Buyer Guard no tiene servidor ni cuenta, y no envía nada a ninguna parte. En los ajustes puedes exportar una copia de seguridad o borrarlo todo.',
  'welcome.start.title': 'Empezar',
  'welcome.start.text':
    'Abre Mis pedidos en AliExpress (con tu sesión iniciada). Buyer Guard lee los pedidos de la página; después, haz clic en su icono de la barra de herramientas para verlos.',
};
