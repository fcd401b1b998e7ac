import type { ListMessages } from '../en/list';

export const list: ListMessages = {
  'list.settings': 'Configurações',
  'list.footer': 'Seus pedidos e provas ficam neste dispositivo.',
  'list.loading': 'Carregando…',
  'list.title': 'Pedidos',
  'list.openMyOrders': 'Abrir Meus pedidos',
  'list.openMyOrders.newTab': 'Abrir Meus pedidos no AliExpress (nova aba)',

  'list.filter.legend': 'Mostrar só',
  'list.filter.overdue': 'Vencidos ({count, number})',
  'list.filter.urgent': 'Urgentes ({count, number})',
  'list.filter.soon': 'Em breve ({count, number})',
  'list.filter.upcoming': 'Próximos ({count, number})',
  'list.search.label': 'Buscar pedidos',
  'list.search.placeholder': 'Buscar item, loja ou número do pedido',
  'list.status.label': 'Status',
  'list.status.any': 'Qualquer status',
  'list.store.label': 'Loja',
  'list.store.any': 'Qualquer loja',
  'list.disputesOnly': 'Só disputas',
  'list.noMatch': 'Nenhum pedido corresponde a estes filtros.',
  'list.empty.title': 'Ainda não há pedidos',
  'list.empty.text':
    'Abra Meus pedidos no AliExpress: o Buyer Guard lê seus pedidos na página e mostra aqui os prazos deles.',
  'list.count': '{count, plural, one {# pedido} other {# pedidos}}',

  'list.item.items': '{count, plural, one {# item} other {# itens}}',
  'list.item.more': '+ {count, plural, one {# outro} other {# outros}}',
  'list.item.noTitle': 'Item ainda não lido',
  'list.item.noStore': 'Loja ainda não lida',
  'list.item.dispute': 'Disputa',
  'list.item.noDeadline': 'Nenhuma data a vigiar',
  'list.urgency.overdue': 'Vencido',
  'list.urgency.urgent': 'Urgente',
  'list.urgency.soon': 'Em breve',
  'list.urgency.upcoming': 'Próximo',
  'list.urgency.none': 'Sem pressa',
  'list.chip.title': '{urgency} · {source}',

  'order.status.awaiting-payment': 'Aguardando pagamento',
  'order.status.awaiting-shipment': 'Aguardando envio',
  'order.status.shipped': 'Enviado',
  'order.status.delivered': 'Entregue',
  'order.status.completed': 'Concluído',
  'order.status.closed': 'Encerrado',
  'order.status.unknown': 'Status ainda não lido',

  'list.page.order-list': 'Meus pedidos',
  'list.page.order-detail': 'a página do pedido',
  'list.page.tracking': 'a página de rastreamento',
  'list.page.dispute': 'devoluções e reembolsos',
  'list.page.unknown': 'uma página do AliExpress',
  'list.when.justNow': 'agora mesmo',
  'list.status.read': 'Lido {when}: {page}, {count, plural, one {# pedido} other {# pedidos}}',
  'list.status.failed': 'Não foi possível ler {page} ({when}): {reason}',
  'list.status.seen': 'Aberto {when}: {page}',
  'list.status.none':
    'Nenhuma página de pedidos do AliExpress lida ainda. Abra Meus pedidos no AliExpress para começar.',
  'list.status.error': 'O segundo plano do Buyer Guard não respondeu: {error}',
  'list.status.noAnswer': 'O segundo plano do Buyer Guard não respondeu. Feche esta janela e abra de novo.',
  'list.failure.not-a-buyer-page': 'não é uma página de pedido.',
  'list.failure.layout-not-recognised': 'o layout dela é novo para o Buyer Guard.',
  'list.failure.not-signed-in': 'você não está conectado.',
  'list.failure.empty': 'ela não mostra pedidos.',
  'list.failure.verification-required':
    'O AliExpress pede primeiro a verificação anti-robô; os pedidos são lidos assim que aparecem.',

  'list.report.partly':
    '{count, plural, one {Um detalhe não pôde ser lido.} other {# detalhes não puderam ser lidos.}}',
  'list.report.save': 'Salvar um relatório',
  'list.report.privacy':
    'O relatório mostra como a página é construída, não seus pedidos, nomes ou endereços. Nada é enviado.',
  'list.report.none': 'Nenhum relatório foi guardado para esta página: abra-a de novo e espere alguns segundos.',
  'list.report.failed': 'Não foi possível salvar o relatório.',

  'list.note.notStored':
    'O Buyer Guard não conseguiu guardar esta leitura; tudo o que foi guardado antes continua igual.',
  'list.note.dropped':
    '{count, plural, one {# pedido não foi guardado} other {# pedidos não foram guardados}} porque a página deu um valor que o Buyer Guard não pode usar (pedido {orderId}: {why}).',
  'list.note.shortened':
    '{count, plural, one {# texto da página era maior do que o Buyer Guard guarda e foi encurtado.} other {# textos da página eram maiores do que o Buyer Guard guarda e foram encurtados.}}',
  'list.note.tooManyReadings':
    'Esta página mudou mais rápido do que qualquer pessoa consegue ler: o Buyer Guard parou de lê-la por um minuto. Nada do que foi guardado se perdeu; ele lê a página de novo após a pausa.',
  'list.note.tooManyNewOrders':
    '{count, plural, one {# pedido novo não foi guardado} other {# pedidos novos não foram guardados}}: a página mostrou em um minuto mais pedidos novos do que o Buyer Guard aceita de uma página. Nada do que foi guardado se perdeu; ele lê a página de novo em um minuto.',
  'list.note.tooManyOrders':
    '{count, plural, one {# pedido novo não foi guardado} other {# pedidos novos não foram guardados}}: o Buyer Guard já guarda todos os pedidos que pode. Nada do que foi guardado se perdeu; apague os pedidos de que não precisa mais para abrir espaço.',
  'list.note.disagreement':
    'Pedido {orderId}: a página mostra {shown}, mas os dados dela dizem {data} ({what}). O Buyer Guard fica com a data mais cedo; confira o pedido no AliExpress.',

  'list.storage.title': 'O Buyer Guard não conseguiu salvar: este navegador ficou sem espaço.',
  'list.storage.text':
    'A última alteração (às {time}) não foi guardada; tudo o que foi salvo antes está intacto. Libere espaço em disco ou apague provas antigas, e exporte um backup por segurança.',

  'welcome.title': 'Boas-vindas ao Buyer Guard',
  'welcome.lead':
    'O Buyer Guard fica ao seu lado nas páginas dos seus pedidos do AliExpress, para que nenhum reembolso seja perdido por um prazo vencido ou por provas fracas.',
  'welcome.does.title': 'O que ele faz',
  'welcome.does.read':
    'Lê seus pedidos quando você abre Meus pedidos, um pedido, o rastreamento ou uma disputa: o status, a contagem regressiva da proteção e cada data que a página informa.',
  'welcome.does.badge':
    'Coloca ao lado de cada pedido um selo com a data que importa primeiro; um clique mostra o que fazer a seguir.',
  'welcome.does.remind': 'Avisa antes que um prazo acabe e guia você passo a passo na disputa.',
  'welcome.does.evidence':
    'Reúne fotos, vídeos e capturas de tela como provas, conferidas com os limites do formulário.',
  'welcome.device.title': 'O que fica neste dispositivo',
  'welcome.device.text':
    'Tudo: seus pedidos, prazos, anotações e provas ficam só neste navegador. O Buyer Guard não tem servidor nem conta, e não envia nada para lugar nenhum. Nas configurações você pode exportar um backup ou apagar tudo.',
  'welcome.start.title': 'Começar',
  'welcome.start.text':
    'Abra Meus pedidos no AliExpress (conectado à sua conta). O Buyer Guard lê os pedidos da página; depois clique no ícone dele na barra de ferramentas para vê-los.',
};
