import type { PageMessages } from '../en/page';

export const page: PageMessages = {
  'page.badge.nothingDue': 'Acompanhado — sem prazo',
  'page.badge.noDeadline': 'Nenhum prazo é conhecido para este pedido.',
  'page.badge.overdue': 'Vencido: {text}',
  'page.badge.action': 'Buyer Guard, pedido {orderId}: ver o próximo passo',
  'page.badge.label': '{text}, {left} ({source}). {action}',
  'page.badge.labelWithUrgency': '{text}, {left} ({source}) — {urgency}. {action}',
  'page.badge.labelNoDeadline': '{text}. {action}',
  'page.panel.brand': 'Buyer Guard · pedido {orderId}',
  'page.panel.openGuide': 'Abrir o guia',
  'page.panel.close': 'Fechar',
  'page.panel.guideFailed': 'Não foi possível abrir o guia. Abra o Buyer Guard pela barra de ferramentas do navegador.',
  'page.panel.notTracked.title': 'Ainda não acompanhado',
  'page.panel.notTracked.why': 'O Buyer Guard ainda não guardou este pedido.',
  'page.notice.notRead': 'O Buyer Guard não conseguiu ler esta página: o layout dela é novo para o Buyer Guard.',
  'page.notice.partlyRead':
    '{count, plural, one {O Buyer Guard leu esta página, mas # detalhe não pôde ser lido.} other {O Buyer Guard leu esta página, mas # detalhes não puderam ser lidos.}}',
  'page.notice.privacy':
    'O relatório mostra como a página é feita, não seus pedidos, nomes ou endereços. Nada é enviado.',
  'page.notice.save': 'Salvar um relatório',
  'page.notice.dismiss': 'Dispensar',
  'page.capture.tab-gone': 'A aba do AliExpress está fechada, então não há nada para capturar.',
  'page.capture.no-access':
    'O Buyer Guard não pode capturar essa aba: ela mudou de página desde que você clicou no ícone do Buyer Guard nela, ou o ícone foi clicado em outra aba.',
  'page.capture.not-marketplace':
    'Essa aba não mostra mais uma página do AliExpress, então o Buyer Guard não a captura.',
  'page.capture.capture-failed': 'O navegador se recusou a capturar a aba.',
  'page.capture.withDetail': '{message} ({detail})',
};
