import type { PageMessages } from '../en/page';

export const page: PageMessages = {
  'page.badge.nothingDue': 'Seguido — sin plazo',
  'page.badge.noDeadline': 'No se conoce ningún plazo para este pedido.',
  'page.badge.overdue': 'Vencido: {text}',
  'page.badge.action': 'Buyer Guard, pedido {orderId}: ver el siguiente paso',
  'page.badge.label': '{text}, {left} ({source}). {action}',
  'page.badge.labelWithUrgency': '{text}, {left} ({source}) — {urgency}. {action}',
  'page.badge.labelNoDeadline': '{text}. {action}',
  'page.panel.brand': 'Buyer Guard · pedido {orderId}',
  'page.panel.openGuide': 'Abrir la guía',
  'page.panel.close': 'Cerrar',
  'page.panel.guideFailed': 'No se pudo abrir la guía. Abre Buyer Guard desde la barra de herramientas del navegador.',
  'page.panel.notTracked.title': 'Aún sin seguimiento',
  'page.panel.notTracked.why': 'Buyer Guard todavía no ha guardado este pedido.',
  'page.notice.notRead': 'Buyer Guard no pudo leer esta página: su diseño es nuevo para Buyer Guard.',
  'page.notice.partlyRead':
    '{count, plural, one {Buyer Guard leyó esta página, pero no pudo leer un dato.} other {Buyer Guard leyó esta página, pero no pudo leer # datos.}}',
  'page.notice.privacy':
    'El informe muestra cómo está hecha la página, no tus pedidos, nombres ni direcciones. No se envía nada.',
  'page.notice.save': 'Guardar un informe',
  'page.notice.dismiss': 'Descartar',
  'page.capture.tab-gone': 'La pestaña de AliExpress está cerrada, así que no hay nada que capturar.',
  'page.capture.no-access':
    'Buyer Guard no puede capturar esa pestaña: ha cambiado de página desde que pulsaste el icono de Buyer Guard en ella, o el icono se pulsó en otra pestaña.',
  'page.capture.not-marketplace':
    'Esa pestaña ya no muestra una página de AliExpress, así que Buyer Guard no la captura.',
  'page.capture.capture-failed': 'El navegador se negó a capturar la pestaña.',
  'page.capture.withDetail': '{message} ({detail})',
};
