import type { SettingsMessages } from '../en/settings';

export const settings: SettingsMessages = {
  'settings.title': 'Ajustes de Buyer Guard',
  'settings.about':
    'Versión {version}. Buyer Guard guarda todos sus datos en este perfil del navegador y no envía nada a ninguna parte.',
  'settings.loading': 'Cargando…',

  'settings.language.title': 'Idioma',
  'settings.language.label': 'Idioma de Buyer Guard',
  'settings.language.auto': 'Como el navegador ({language})',
  'settings.language.note':
    'Los textos que envías a AliExpress (mensajes al vendedor, descripciones de disputas) quedan en inglés, como pide la plataforma; la versión en tu idioma aparece al lado.',

  'settings.reminders.title': 'Recordatorios',
  'settings.reminders.enabled': 'Avisarme antes de que venza un plazo',
  'settings.reminders.when': 'Avisarme',
  'settings.reminders.daysBefore': '{count, plural, one {# día antes} other {# días antes}}',
  'settings.reminders.hoursBefore': '{count, plural, one {# hora antes} other {# horas antes}}',
  'settings.quiet.title': 'Horas de silencio',
  'settings.quiet.explain':
    'Un aviso que toca de noche espera a que terminen las horas de silencio, pero nunca más allá de su plazo.',
  'settings.quiet.enabled': 'No molestar por la noche',
  'settings.quiet.from': 'Desde',
  'settings.quiet.until': 'Hasta',
  'settings.reminders.kinds': 'Avisarme de',

  'settings.rules.title': 'Reglas y pago',
  'settings.payment.label': '¿Cómo pagas normalmente en AliExpress?',
  'settings.payment.unknown': 'No lo sé, o depende',
  'settings.payment.paypal': 'Con PayPal',
  'settings.payment.card': 'Con tarjeta bancaria',
  'settings.payment.help':
    'Si AliExpress no te reembolsa, PayPal (en 180 días) o tu banco (un contracargo, normalmente en 180 días) aún pueden ayudarte: Buyer Guard vigila también ese plazo.',
  'settings.complaints.label': '¿Qué formulario de reclamación ves en AliExpress?',
  'settings.complaints.current': 'El formulario actual',
  'settings.complaints.legacy': 'Un formulario antiguo con «Infracciones de las reglas comerciales»',
  'settings.timings.title': 'Plazos',
  'settings.timings.intro':
    'Buyer Guard usa los valores más recientes que publica AliExpress. Cambia uno solo si las páginas que ves dicen otra cosa. Una cuenta atrás o una fecha que muestre la página del pedido siempre prevalece.',
  'settings.rule.days': '{count, plural, one {# día} other {# días}}',
  'settings.rule.recommended': '{value} (recomendado)',
  'settings.rule.details': 'Detalles',
  'settings.rule.detailLine': '{value}: {source}',
  'settings.rule.buyer-protection-max-days':
    'Lo máximo que puede durar la protección al comprador tras el envío; solo se usa si la página del pedido no muestra cuenta atrás',
  'settings.rule.protection-after-delivery-days':
    'Cuánta protección queda cuando el seguimiento dice «entregado», si la página del pedido no lo indica',
  'settings.rule.dispute-opens-after-shipping-days': 'Cuánto tiempo después del envío puedes abrir una disputa',
  'settings.rule.seller-dispute-response-days': 'Cuánto tiempo tiene el vendedor para responder a tu disputa',
  'settings.rule.escalation-auto-after-days':
    'Cuánto tiempo sin acuerdo pasa antes de que AliExpress intervenga por su cuenta (desde la primera respuesta del vendedor)',
  'settings.rule.escalation-possible-after-days':
    'Cuánto tiempo después de abrir una disputa puedes pedir que intervenga AliExpress',
  'settings.rule.platform-decision-days': 'Cuánto tarda AliExpress en decidir una vez que interviene',
  'settings.era.current': 'las reglas y páginas de ayuda actuales de AliExpress',
  'settings.era.help-centre-2020': 'páginas de ayuda de AliExpress de hacia 2020–22',
  'settings.era.guide-2019': 'guías para compradores de 2019',
  'settings.era.redesign-2017': 'el rediseño de las disputas de 2017',
  'settings.era.legacy': 'páginas de ayuda antiguas de AliExpress (hacia 2012–16)',
  'settings.era.seller-side': 'las reglas para vendedores',
  'settings.era.regional': 'un valor antiguo de un país',
  'settings.era.regional.ru': 'un valor antiguo para Rusia',
  'settings.era.regional.br': 'un valor antiguo para Brasil',
  'settings.era.one-guide': 'una sola guía para compradores, sin confirmar en otra parte',
  'settings.era.payment-provider': 'las reglas del medio de pago',
  'settings.era.other-marketplace': 'una regla vista en otra tienda en línea',
  'settings.era.buyer-guard': 'una elección de Buyer Guard (ninguna fuente da un valor)',
  'settings.rule.note.protection-after-delivery-days':
    'Las páginas de ayuda actuales no dan ninguna cifra: la página muestra lo que queda. El valor más corto es el seguro: actuar pronto no cuesta nada, actuar tarde te hace perder el reembolso.',
  'settings.rule.note.escalation-possible-after-days':
    'El botón «Escalar» de la página de la disputa siempre manda; esto solo fija cuándo lo espera Buyer Guard.',

  'settings.data.title': 'Tus datos',
  'settings.data.intro':
    'Todo se queda en este perfil del navegador. Una copia de seguridad es la única copia en otro lugar: guárdala bien.',
  'settings.data.exportJson': 'Exportar una copia de seguridad (JSON)',
  'settings.data.exportZip': 'Exportar una copia con las pruebas (ZIP)',
  'settings.data.exportCsv': 'Exportar los pedidos como hoja de cálculo (CSV)',
  'settings.data.preparingJson': 'Preparando la copia de seguridad…',
  'settings.data.savedJson':
    'Copia de seguridad guardada (pedidos, diario, ajustes; los archivos de pruebas necesitan el ZIP).',
  'settings.data.preparingZip': 'Empaquetando la copia con las pruebas…',
  'settings.data.savedZip': 'Copia de seguridad con las pruebas guardada.',
  'settings.data.preparingCsv': 'Escribiendo la hoja de cálculo…',
  'settings.data.savedCsv':
    '{count, plural, one {# pedido escrito en la hoja de cálculo.} other {# pedidos escritos en la hoja de cálculo.}}',
  'settings.import.title': 'Importar una copia de seguridad',
  'settings.import.merge': 'Añadir a lo que hay aquí (gana la copia más reciente de cada pedido)',
  'settings.import.replace': 'Sustituir todo lo de aquí por la copia de seguridad',
  'settings.import.file': 'Archivo de copia de seguridad (.json o .zip)',
  'settings.import.checking': 'Comprobando {name}…',
  'settings.import.failed': 'No se cambió nada. {error}',
  'settings.import.done':
    'Importados: {orders, plural, one {# pedido} other {# pedidos}}, {journal, plural, one {# entrada del diario} other {# entradas del diario}} y {evidence, plural, one {# archivo de pruebas} other {# archivos de pruebas}}.',
  'settings.import.urlsRemoved':
    '{count, plural, one {# enlace de la copia no llevaba a AliExpress y se dejó fuera.} other {# enlaces de la copia no llevaban a AliExpress y se dejaron fuera.}}',
  'settings.import.keptBeside':
    '{count, plural, one {# archivo de pruebas de la copia tenía el nombre de otro archivo de aquí: se añadió a su lado y el de aquí no cambió.} other {# archivos de pruebas de la copia tenían nombres de otros archivos de aquí: se añadieron a su lado y los de aquí no cambiaron.}}',
  'settings.import.error.empty': 'El archivo está vacío.',
  'settings.import.error.damagedZip': 'El archivo está dañado: no es un archivo ZIP legible.',
  'settings.import.error.tooBig': 'El archivo descomprimido ocupa más de lo que Buyer Guard puede importar de una vez.',
  'settings.import.error.lyingEntry': 'El archivo está dañado: una entrada contiene más de lo que indica su cabecera.',
  'settings.import.error.zipWithoutBackup':
    'Este ZIP no es una copia de seguridad de Buyer Guard (no contiene {name}).',
  'settings.import.error.notJson':
    'El archivo no es una copia de seguridad de Buyer Guard: no es JSON válido (puede estar dañado o incompleto).',
  'settings.import.error.notBackup': 'Este archivo no es una copia de seguridad de Buyer Guard.',
  'settings.import.error.newer':
    'Esta copia se hizo con una versión más reciente de Buyer Guard. Actualiza la extensión y vuelve a importarla.',
  'settings.import.error.damaged': 'La copia de seguridad está dañada ({detail}).',
  'settings.import.error.evidenceMissing': 'La copia menciona la prueba «{name}», pero falta su archivo.',
  'settings.import.error.evidenceChecksum':
    'La prueba «{name}» no coincide con su suma de verificación: la copia está dañada.',
  'settings.import.error.uploadMissing': 'No se subió nada con este identificador.',
  'settings.import.error.uploadIncomplete': 'La subida está incompleta (llegaron {arrived} de {total} partes).',
  'settings.delete.title': 'Borrar todos los datos',
  'settings.delete.label':
    'Escribe «{phrase}» para borrar todos los pedidos, entradas del diario y archivos de pruebas',
  'settings.delete.phrase': 'borrar todo',
  'settings.delete.button': 'Borrar todos los datos',
  'settings.delete.busy': 'Borrando…',
  'settings.delete.done': 'Se borraron todos los datos de Buyer Guard de este dispositivo.',

  'csv.orderId': 'ID del pedido',
  'csv.orderedOn': 'Fecha del pedido',
  'csv.status': 'Estado',
  'csv.statusText': 'Estado (como se muestra)',
  'csv.store': 'Tienda',
  'csv.items': 'Artículos',
  'csv.total': 'Total',
  'csv.currency': 'Moneda',
  'csv.nextDeadline': 'Próximo plazo',
  'csv.due': 'Vence (un día, o un instante en UTC)',
  'csv.dueSource': 'Origen del plazo',
  'csv.dispute': 'Disputa',
  'csv.trackingNumber': 'Número de seguimiento',
  'csv.carrier': 'Transportista',
  'csv.lastSeen': 'Visto por última vez (UTC)',

  'settings.permissions.title': 'Qué puede hacer Buyer Guard en tu navegador',
  'settings.permissions.intro': 'Cada permiso y por qué lo necesita Buyer Guard. No pide nada más.',
  'settings.permission.storage':
    'Guardar datos: tus pedidos, plazos y pruebas se guardan en este navegador y en ningún otro sitio.',
  'settings.permission.alarms': 'Despertarse antes de un plazo, para que nunca se pierda un aviso.',
  'settings.permission.notifications': 'Mostrar avisos: qué vence, de qué pedido y qué hacer a continuación.',
  'settings.permission.activeTab':
    'Hacer una captura de la pestaña de AliExpress en la que abriste Buyer Guard, cuando la pides en el espacio de pruebas.',
  'settings.permission.sidePanel': 'Abrir la guía en el panel lateral del navegador, junto a la página de AliExpress.',
  'settings.permission.sites':
    'Leer las páginas de pedidos, seguimiento y disputas de AliExpress que abres (y nada más) y mostrar en ellas etiquetas con los plazos.',
};
