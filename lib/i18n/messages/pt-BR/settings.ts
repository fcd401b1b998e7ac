import type { SettingsMessages } from '../en/settings';

export const settings: SettingsMessages = {
  'settings.title': 'Configurações do Buyer Guard',
  'settings.about':
    'Versão {version}. O Buyer Guard guarda todos os dados neste perfil do navegador e não envia nada para lugar nenhum.',
  'settings.loading': 'Carregando…',

  'settings.language.title': 'Idioma',
  'settings.language.label': 'Idioma do Buyer Guard',
  'settings.language.auto': 'Como no navegador ({language})',
  'settings.language.note':
    'Os textos que você envia ao AliExpress (mensagens ao vendedor, descrições de disputa) ficam em inglês, como a plataforma pede; a versão no seu idioma aparece ao lado.',

  'settings.reminders.title': 'Lembretes',
  'settings.reminders.enabled': 'Me avisar antes que um prazo acabe',
  'settings.reminders.when': 'Me lembrar',
  'settings.reminders.daysBefore': '{count, plural, one {# dia antes} other {# dias antes}}',
  'settings.reminders.hoursBefore': '{count, plural, one {# hora antes} other {# horas antes}}',
  'settings.quiet.title': 'Horário de silêncio',
  'settings.quiet.explain':
    'Um lembrete que cairia à noite espera o fim do horário de silêncio, mas nunca passa do prazo dele.',
  'settings.quiet.enabled': 'Ficar em silêncio à noite',
  'settings.quiet.from': 'De',
  'settings.quiet.until': 'Até',
  'settings.reminders.kinds': 'Me lembrar de',

  'settings.rules.title': 'Regras e pagamento',
  'settings.payment.label': 'Como você costuma pagar no AliExpress?',
  'settings.payment.unknown': 'Não sei, ou varia',
  'settings.payment.paypal': 'Com PayPal',
  'settings.payment.card': 'Com cartão do banco',
  'settings.payment.help':
    'Se o AliExpress não reembolsar você, o PayPal (em até 180 dias) ou o seu banco (um chargeback, normalmente em até 180 dias) ainda podem ajudar: o Buyer Guard acompanha esse prazo também.',
  'settings.complaints.label': 'Qual formulário de reclamação você vê no AliExpress?',
  'settings.complaints.current': 'O formulário atual',
  'settings.complaints.legacy': 'Um formulário antigo com “Violações das regras comerciais”',
  'settings.timings.title': 'Prazos',
  'settings.timings.intro':
    'O Buyer Guard usa os valores mais recentes publicados pelo AliExpress. Mude um só se as páginas que você vê disserem outra coisa. Uma contagem regressiva ou uma data mostradas na página do pedido sempre valem mais.',
  'settings.rule.days': '{count, plural, one {# dia} other {# dias}}',
  'settings.rule.recommended': '{value} (recomendado)',
  'settings.rule.details': 'Detalhes',
  'settings.rule.detailLine': '{value}: {source}',
  'settings.rule.buyer-protection-max-days':
    'O máximo que a proteção ao comprador pode durar após o envio, usado só quando a página do pedido não mostra contagem regressiva',
  'settings.rule.protection-after-delivery-days':
    'Quanta proteção resta quando o rastreamento diz “entregue”, se a página do pedido não informar',
  'settings.rule.dispute-opens-after-shipping-days': 'Quanto tempo depois do envio você pode abrir uma disputa',
  'settings.rule.seller-dispute-response-days': 'Quanto tempo o vendedor tem para responder à sua disputa',
  'settings.rule.escalation-auto-after-days':
    'Quanto tempo sem acordo antes que o AliExpress intervenha por conta própria (a partir da primeira resposta do vendedor)',
  'settings.rule.escalation-possible-after-days':
    'Quanto tempo depois de abrir uma disputa você pode pedir que o AliExpress intervenha',
  'settings.rule.platform-decision-days': 'Quanto tempo o AliExpress leva para decidir depois de intervir',
  'settings.era.current': 'as regras e páginas de ajuda atuais do AliExpress',
  'settings.era.help-centre-2020': 'páginas de ajuda do AliExpress de cerca de 2020–22',
  'settings.era.guide-2019': 'guias para compradores de 2019',
  'settings.era.redesign-2017': 'a reformulação das disputas de 2017',
  'settings.era.legacy': 'páginas de ajuda antigas do AliExpress (cerca de 2012–16)',
  'settings.era.seller-side': 'as regras para vendedores',
  'settings.era.regional': 'um valor antigo de um país',
  'settings.era.regional.ru': 'um valor antigo para a Rússia',
  'settings.era.regional.br': 'um valor antigo para o Brasil',
  'settings.era.one-guide': 'um único guia para compradores, sem confirmação em outro lugar',
  'settings.era.payment-provider': 'as regras do meio de pagamento',
  'settings.era.other-marketplace': 'uma regra vista em outro marketplace',
  'settings.era.buyer-guard': 'uma escolha do Buyer Guard (nenhuma fonte dá um valor)',
  'settings.rule.note.protection-after-delivery-days':
    'As páginas de ajuda atuais não dão um número: a página mostra o que resta. O valor mais curto é o seguro: agir cedo não custa nada, agir tarde faz perder o reembolso.',
  'settings.rule.note.escalation-possible-after-days':
    'O botão “Escalar” da página da disputa sempre decide; isto só define quando o Buyer Guard o espera.',

  'settings.data.title': 'Seus dados',
  'settings.data.intro':
    'Tudo fica neste perfil do navegador. Um backup é a única cópia em outro lugar: guarde-o com cuidado.',
  'settings.data.exportJson': 'Exportar um backup (JSON)',
  'settings.data.exportZip': 'Exportar um backup com as provas (ZIP)',
  'settings.data.exportCsv': 'Exportar os pedidos como planilha (CSV)',
  'settings.data.preparingJson': 'Preparando o backup…',
  'settings.data.savedJson': 'Backup salvo (pedidos, diário, configurações; os arquivos de prova precisam do ZIP).',
  'settings.data.preparingZip': 'Empacotando o backup com as provas…',
  'settings.data.savedZip': 'Backup com as provas salvo.',
  'settings.data.preparingCsv': 'Escrevendo a planilha…',
  'settings.data.savedCsv':
    '{count, plural, one {# pedido escrito na planilha.} other {# pedidos escritos na planilha.}}',
  'settings.import.title': 'Importar um backup',
  'settings.import.merge': 'Somar ao que já está aqui (vale a cópia mais recente de cada pedido)',
  'settings.import.replace': 'Substituir tudo o que está aqui pelo backup',
  'settings.import.file': 'Arquivo de backup (.json ou .zip)',
  'settings.import.checking': 'Verificando {name}…',
  'settings.import.failed': 'Nada foi alterado. {error}',
  'settings.import.done':
    'Importado: {orders, plural, one {# pedido} other {# pedidos}}, {journal, plural, one {# entrada do diário} other {# entradas do diário}} e {evidence, plural, one {# arquivo de prova} other {# arquivos de prova}}.',
  'settings.import.urlsRemoved':
    '{count, plural, one {# link do backup não levava ao AliExpress e ficou de fora.} other {# links do backup não levavam ao AliExpress e ficaram de fora.}}',
  'settings.import.keptBeside':
    '{count, plural, one {# arquivo de prova do backup tinha o nome de outro arquivo daqui: foi adicionado ao lado, o daqui não mudou.} other {# arquivos de prova do backup tinham nomes de outros arquivos daqui: foram adicionados ao lado, os daqui não mudaram.}}',
  'settings.import.error.empty': 'O arquivo está vazio.',
  'settings.import.error.damagedZip': 'O arquivo está danificado: não é um arquivo ZIP legível.',
  'settings.import.error.tooBig': 'O arquivo descompactado é maior do que o Buyer Guard consegue importar de uma vez.',
  'settings.import.error.lyingEntry': 'O arquivo está danificado: uma entrada contém mais do que o cabeçalho informa.',
  'settings.import.error.zipWithoutBackup': 'Este ZIP não é um backup do Buyer Guard (não contém {name}).',
  'settings.import.error.notJson':
    'O arquivo não é um backup do Buyer Guard: não é um JSON válido (pode estar danificado ou incompleto).',
  'settings.import.error.notBackup': 'Este arquivo não é um backup do Buyer Guard.',
  'settings.import.error.newer':
    'Este backup foi feito por uma versão mais nova do Buyer Guard. Atualize a extensão e importe de novo.',
  'settings.import.error.damaged': 'O backup está danificado ({detail}).',
  'settings.import.error.evidenceMissing': 'O backup lista a prova “{name}”, mas o arquivo dela está faltando.',
  'settings.import.error.evidenceChecksum':
    'A prova “{name}” não confere com a soma de verificação: o backup está danificado.',
  'settings.import.error.uploadMissing': 'Nada foi enviado com este identificador.',
  'settings.import.error.uploadIncomplete': 'O envio está incompleto (chegaram {arrived} de {total} partes).',
  'settings.delete.title': 'Apagar todos os dados',
  'settings.delete.label': 'Digite “{phrase}” para apagar todos os pedidos, entradas do diário e arquivos de prova',
  'settings.delete.phrase': 'apagar tudo',
  'settings.delete.button': 'Apagar todos os dados',
  'settings.delete.busy': 'Apagando…',
  'settings.delete.done': 'Todos os dados do Buyer Guard neste dispositivo foram apagados.',

  'csv.orderId': 'Nº do pedido',
  'csv.orderedOn': 'Data do pedido',
  'csv.status': 'Status',
  'csv.statusText': 'Status (como mostrado)',
  'csv.store': 'Loja',
  'csv.items': 'Itens',
  'csv.total': 'Total',
  'csv.currency': 'Moeda',
  'csv.nextDeadline': 'Próximo prazo',
  'csv.due': 'Vence (um dia, ou um instante em UTC)',
  'csv.dueSource': 'Origem do prazo',
  'csv.dispute': 'Disputa',
  'csv.trackingNumber': 'Código de rastreamento',
  'csv.carrier': 'Transportadora',
  'csv.lastSeen': 'Visto por último (UTC)',

  'settings.permissions.title': 'O que o Buyer Guard pode fazer no seu navegador',
  'settings.permissions.intro': 'Cada permissão e por que o Buyer Guard precisa dela. Nada mais é pedido.',
  'settings.permission.storage':
    'Guardar dados: seus pedidos, prazos e provas ficam neste navegador, em nenhum outro lugar.',
  'settings.permission.alarms': 'Despertar antes de um prazo, para que nenhum lembrete se perca.',
  'settings.permission.notifications': 'Mostrar lembretes: o que vence, de qual pedido e o que fazer a seguir.',
  'settings.permission.activeTab':
    'Fazer uma captura da aba do AliExpress em que você abriu o Buyer Guard, quando você pede uma no espaço de provas.',
  'settings.permission.sidePanel': 'Abrir o guia no painel lateral do navegador, ao lado da página do AliExpress.',
  'settings.permission.sites':
    'Ler as páginas de pedidos, rastreamento e disputas do AliExpress que você abre (e nada mais) e mostrar nelas selos com os prazos.',
};
