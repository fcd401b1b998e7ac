import type { AdviceMessages } from '../en/advice';

export const advice: AdviceMessages = {
  'advice.dated': '{date} ({note})',
  'advice.source.page': 'conforme a página do pedido',
  'advice.source.page-rule': 'pela regra informada na página do pedido',
  'advice.source.estimate': 'estimado',
  'advice.refund.any': 'um reembolso',
  'advice.refund.full': 'um reembolso total',
  'advice.refund.fullOf': 'um reembolso total de {amount}',
  'advice.refund.partial': 'um reembolso parcial',
  'advice.refund.partialOf': 'um reembolso parcial de {amount}',
  'advice.refundRange': '{min} a {max} dias úteis',
  'advice.listSeparator': '; ',

  'advice.account-question.title': 'Pergunte ao atendimento ao cliente',
  'advice.account-question.why':
    'Dúvidas sobre a conta e perguntas gerais vão para o atendimento ao cliente (o assistente de IA e, às vezes, um atendente); ele ajuda pouco com problemas de pedido, que se resolvem com uma disputa.',
  'advice.report-misconduct.title': 'Denuncie o vendedor',
  'advice.report-misconduct.why':
    'Má conduta do vendedor se denuncia na Central de Reclamações (ou em “Denunciar item” na página do produto), categoria “{category}”.',
  'advice.report-misconduct.offPlatform':
    'Nunca pague fora da plataforma: pagamentos feitos fora do AliExpress não são cobertos pela proteção ao comprador.',
  'advice.report-misconduct.follow':
    'Guarde prints de todas as mensagens; as denúncias são acompanhadas em “Minhas denúncias”, sem prazo fixo de análise.',
  'advice.report-misconduct.followFixed':
    'Guarde prints de todas as mensagens; as denúncias são acompanhadas em “Minhas denúncias”.',
  'advice.refund-in-transit.title': 'Aguarde o reembolso chegar',
  'advice.refund-in-transit.why':
    'Um reembolso leva {range} para chegar à conta usada no pagamento; contando a partir do reembolso, isso vai até {date}. Os bancos podem levar alguns dias a mais.',
  'advice.refund-overdue.title': 'Pergunte ao atendimento onde está o reembolso',
  'advice.refund-overdue.why':
    'Um reembolso costuma chegar em {range}. Peça ao atendimento ao cliente o número de referência do reembolso e depois confira com o seu banco.',
  'advice.refund-overdue.whyBy':
    'Um reembolso costuma chegar em {range} (aqui, até {date}). Peça ao atendimento ao cliente o número de referência do reembolso e depois confira com o seu banco.',
  'advice.payment-problem.title': 'Fale com o atendimento ao cliente sobre o pagamento',
  'advice.payment-problem.why':
    'Erros de pagamento e valores não creditados são resolvidos pelo atendimento ao cliente, não por uma disputa com o vendedor. Tenha em mãos o extrato do banco ou o comprovante.',

  'advice.return-window-missed.title': 'Pergunte já ao atendimento sobre a devolução',
  'advice.return-window-missed.why':
    'A devolução combinada tinha que ser enviada até {date}; depois disso, o vendedor normalmente recebe o pagamento. Se você enviou, inclua logo o código de rastreio na disputa; se não, pergunte ao atendimento se a devolução ainda pode ser aceita.',
  'advice.ship-return.title': 'Envie a devolução e inclua o código de rastreio',
  'advice.ship-return.why':
    'Depois de combinada, a devolução precisa ser enviada em {days} dias, senão o vendedor recebe o pagamento. Use um envio com rastreio, guarde o comprovante e informe o código de rastreio na disputa.',
  'advice.ship-return.whyBy':
    'Depois de combinada, a devolução precisa ser enviada em {days} dias, aqui até {date}, senão o vendedor recebe o pagamento. Use um envio com rastreio, guarde o comprovante e informe o código de rastreio na disputa.',
  'advice.escalated-add-evidence.title': 'Inclua na disputa as provas que faltam',
  'advice.escalated-add-evidence.why':
    'A plataforma decide com base nas provas do caso, e elas podem ser incluídas até o caso ser encerrado. Ainda faltam: {missing}.',
  'advice.escalated-wait.title': 'Aguarde a decisão da plataforma',
  'advice.escalated-wait.why':
    'Depois de escalada, a plataforma intervém em cerca de {days} dias. Responda rápido às perguntas dela; você ainda pode incluir provas até o caso ser encerrado.',
  'advice.escalated-wait.whyAround':
    'Depois de escalada, a plataforma intervém em cerca de {days} dias (aqui, por volta de {date}). Responda rápido às perguntas dela; você ainda pode incluir provas até o caso ser encerrado.',
  'advice.offer-resend.title': 'Recuse a proposta e peça seu reembolso',
  'advice.offer-resend.proposes':
    '{from, select, platform {A plataforma propõe} other {O vendedor propõe}} {what, select, resend {reenviar o item} other {algo que não é um reembolso}}.',
  'advice.offer-resend.why':
    'Aceitar uma proposta como “Vou reenviar” encerra a disputa de vez: se o novo pacote nunca chegar, não sobra disputa. Recuse e continue pedindo {refund}; sem acordo, a plataforma intervém.',
  'advice.offer-full-refund.title': 'Aceite o reembolso total',
  'advice.offer-full-refund.why':
    '{from, select, platform {A plataforma oferece} other {O vendedor oferece}} um reembolso total, o máximo que uma disputa pode dar. Aceitar encerra a disputa; confira se o valor é tudo o que você pagou.',
  'advice.offer-return-seller-pays.title': 'Aceite a devolução com reembolso total',
  'advice.offer-return-seller-pays.why':
    'Devolver o item com o frete pago pelo vendedor traz o preço inteiro de volta. Depois de combinada, a devolução precisa ser enviada em {days} dias.',
  'advice.offer-return-buyer-pays.title':
    'Faça uma contraproposta: o vendedor paga a devolução, ou reembolso sem devolver o item',
  'advice.offer-return-buyer-pays.why':
    'Uma devolução pode custar até cerca de {postage} de frete, o que pode consumir o reembolso. Proponha {refund} ficando com o item, ou uma devolução com frete pago pelo vendedor.',
  'advice.offer-partial-unclear.title': 'Contraproponha o reembolso que você consegue justificar',
  'advice.offer-partial-unclear.why':
    'A oferta não pode ser comparada com o que o problema justifica. Contraproponha um valor concreto com o motivo; aceitar encerraria a disputa.',
  'advice.offer-partial-unclear.whyRefund':
    'A oferta não pode ser comparada com o que o problema justifica ({refund}). Contraproponha um valor concreto com o motivo; aceitar encerraria a disputa.',
  'advice.offer-fair.title': 'Aceite o reembolso de {amount}',
  'advice.offer-fair.why':
    'A oferta chega pelo menos ao que o problema justifica ({refund}): {rationale} Aceitar encerra a disputa.',
  'advice.offer-low.title': 'Contraproponha {amount}',
  'advice.offer-low.why':
    '{offered} está abaixo do que o problema justifica ({refund}), mas perto: contraproponha uma vez o seu valor com o motivo. Sem acordo, a plataforma intervém.',
  'advice.offer-unreasonable.title': 'Recuse a oferta',
  'advice.offer-unreasonable.why':
    '{offered} é menos da metade do que o problema justifica ({refund}). Uma contraproposta fora de propósito é motivo para escalar: recuse e deixe a plataforma decidir.',
  'advice.accepted-wait-refund.title': 'Aguarde o reembolso',
  'advice.accepted-wait-refund.why':
    'O vendedor aceitou; o reembolso chega em {range}. Se não tiver chegado até lá, peça ao atendimento o número de referência do reembolso.',
  'advice.accepted-wait-refund.whyBy':
    'O vendedor aceitou; o reembolso chega em {range} (aqui, até {date}). Se não tiver chegado até lá, peça ao atendimento o número de referência do reembolso.',
  'advice.page-dispute-untracked.title': 'Acompanhe a disputa aberta',
  'advice.page-dispute-untracked.inProgress': 'Há uma disputa em andamento.',
  'advice.page-dispute-untracked.inProgressShown': 'Há uma disputa em andamento (“{status}”).',
  'advice.page-dispute-untracked.countdown': 'A contagem regressiva da página vai até {date}.',
  'advice.page-dispute-untracked.noDates':
    'As datas dela não aparecem nesta página: o vendedor normalmente tem {days} dias para responder, contados a partir da abertura da disputa.',
  'advice.page-dispute-untracked.record':
    'Veja na página da disputa se o vendedor respondeu e registre no diário quando ela foi aberta (a data pode ser passada), para o Buyer Guard calcular os próximos passos e lembrar você.',
  'advice.opened-add-evidence.title': 'Inclua já as provas que faltam',
  'advice.opened-add-evidence.why':
    'As provas são obrigatórias quando o item foi recebido, e podem ser incluídas até o caso ser encerrado. Inclua agora: {missing}.',
  'advice.opened-add-evidence.whyBy':
    'As provas são obrigatórias quando o item foi recebido, e podem ser incluídas até o caso ser encerrado. O vendedor tem até {date} para responder; inclua antes disso: {missing}.',
  'advice.opened-wait-seller.title': 'Aguarde a resposta do vendedor',
  'advice.opened-wait-seller.why':
    'O vendedor tem {days} dias para responder à disputa, até {date}; se não responder, o reembolso que você pediu é executado automaticamente.',
  'advice.seller-silent-auto-refund.title': 'Aguarde o reembolso automático',
  'advice.seller-silent-auto-refund.why':
    'O vendedor não respondeu até {date}, então o reembolso que você pediu deve ser executado automaticamente e chegar em até {max} dias úteis. Se a página da disputa mostrar outra coisa, escale.',
  'advice.seller-silent-auto-refund.whyBy':
    'O vendedor não respondeu até {date}, então o reembolso que você pediu deve ser executado automaticamente e chegar em até {max} dias úteis (até {expected}). Se a página da disputa mostrar outra coisa, escale.',
  'advice.negotiation-in-transit.title': 'Aguarde o fim do prazo de entrega prometido',
  'advice.negotiation-in-transit.why':
    'Uma disputa por “não recebido” não é escalada enquanto o pacote está a caminho dentro do prazo prometido, aqui até {date}.',
  'advice.negotiation-add-evidence.title': 'Inclua as provas que faltam antes que a plataforma intervenha',
  'advice.negotiation-add-evidence.why':
    'Sem acordo, a plataforma decide com base nas provas do caso; ainda faltam: {missing}. As provas podem ser incluídas até o caso ser encerrado.',
  'advice.trigger.seller-rejected': 'O vendedor recusou a disputa.',
  'advice.trigger.no-agreement': 'A negociação não chegou a um acordo.',
  'advice.escalate-now.title': 'Escale a disputa para a plataforma',
  'advice.escalate-now.pageOffers': 'A página da disputa oferece a opção de escalar.',
  'advice.escalate-now.pageOffersAuto':
    'A página da disputa oferece a opção de escalar; sem acordo, isso acontece automaticamente por volta de {auto}.',
  'advice.escalate-now.since': 'É possível escalar {days} dias depois da abertura (desde {date}).',
  'advice.escalate-now.sinceAuto':
    'É possível escalar {days} dias depois da abertura (desde {date}); sem acordo, isso acontece automaticamente por volta de {auto}.',
  'advice.escalate-now.sooner': 'Escalar agora leva o caso à plataforma mais cedo.',
  'advice.wait-for-escalation.title': 'Continue negociando até ser possível escalar',
  'advice.wait-for-escalation.expected': 'A opção de escalar deve aparecer a partir de {date}.',
  'advice.wait-for-escalation.expectedAuto':
    'A opção de escalar deve aparecer a partir de {date}; sem acordo, isso acontece automaticamente por volta de {auto}.',
  'advice.wait-for-escalation.pageShows': 'A página da disputa mostra quando a opção de escalar aparece.',
  'advice.wait-for-escalation.pageShowsAuto':
    'A página da disputa mostra quando a opção de escalar aparece; sem acordo, isso acontece automaticamente por volta de {auto}.',
  'advice.decided-wait-refund.title': 'Aguarde o reembolso',
  'advice.decided-wait-refund.why':
    'A plataforma decidiu {outcome, select, partial {por um reembolso parcial} other {a seu favor}}; o reembolso chega em {range}.',
  'advice.decided-wait-refund.whyBy':
    'A plataforma decidiu {outcome, select, partial {por um reembolso parcial} other {a seu favor}}; o reembolso chega em {range}, aqui até {date}.',
  'advice.decided-refund-overdue.why':
    'A plataforma decidiu por um reembolso; ele deveria ter chegado em até {max} dias úteis (até {expected}). Peça ao atendimento o número de referência do reembolso e depois confira com o seu banco.',
  'advice.decided-refund-overdue.whyOn':
    'A plataforma decidiu por um reembolso em {decided}; ele deveria ter chegado em até {max} dias úteis (até {expected}). Peça ao atendimento o número de referência do reembolso e depois confira com o seu banco.',
  'advice.decision-appeal.title': 'Recorra da decisão',
  'advice.decision-appeal.why':
    'A página da disputa oferece recorrer da decisão da plataforma. Recorra com as provas que a decisão não levou em conta; fontes mais antigas dizem que a decisão é final, então aproveite enquanto a opção existir.',
  'advice.resolved-feedback.title': 'Avalie o vendedor',
  'advice.resolved-feedback.why':
    'O problema está resolvido e o reembolso chegou. A sua avaliação conta a outros compradores como o vendedor lidou com isso.',
  'advice.accepted-closed.title': 'Aguarde o que o vendedor combinou',
  'advice.accepted-closed.why':
    'Você aceitou a proposta do vendedor, o que encerrou a disputa de vez: não é possível abrir outra sobre o mesmo problema. Se o vendedor não cumprir o combinado, denuncie-o; o seu meio de pagamento ainda pode ajudar.',
  'advice.reopen-dispute.title': 'Abra uma nova disputa',
  'advice.reopen-dispute.whyCancelled':
    'A disputa foi cancelada enquanto a proteção estava ativa, então o dia do cancelamento conta como a conclusão do pedido: dá para abrir uma nova disputa até {date} ({days} dias). O problema não foi resolvido, então abra antes disso.',
  'advice.reopen-dispute.why':
    'O problema não foi resolvido e o mesmo produto pode ser disputado de novo; o último dia para abrir uma disputa é {date}.',
  'advice.dispute-status-unknown.title': 'Abra a página da disputa',
  'advice.dispute-status-unknown.why':
    'O Buyer Guard não sabe em que pé está este caso. Abra as páginas do pedido e da disputa para que sejam lidas; os valores da própria página sempre valem mais que as estimativas.',

  'advice.provider-dispute-lapsed.title': 'Confira a disputa no PayPal: ela pode ter sido encerrada',
  'advice.provider-dispute-lapsed.why':
    'Uma disputa no PayPal precisa virar reclamação em até {days} dias; aqui, isso foi {date}. Se ela foi encerrada, pergunte ao PayPal se pode ser reaberta, e registre a reclamação no diário se você a abriu.',
  'advice.provider-escalate-claim.title': 'Transforme a disputa do PayPal em reclamação se o vendedor não reembolsar',
  'advice.provider-escalate-claim.why':
    'Uma disputa no PayPal é encerrada se não virar reclamação em até {days} dias da abertura, aqui até {date}. Se o vendedor não tiver reembolsado até lá, transforme-a na Central de Resoluções do PayPal; depois, o PayPal decide.',
  'advice.provider-decides.title.paypal': 'Aguarde a decisão do PayPal',
  'advice.provider-decides.title.card': 'Aguarde a decisão do seu banco',
  'advice.provider-decides.why.paypal':
    'A reclamação é decidida pelo PayPal com as regras e os prazos dele. Responda rápido às perguntas; o que ele pede é o pacote de provas e o histórico da disputa.',
  'advice.provider-decides.why.card':
    'A contestação é decidida pelo seu banco com as regras e os prazos dele. Responda rápido às perguntas; o que ele pede é o pacote de provas e o histórico da disputa.',
  'advice.chargeback.title.paypal': 'Peça um reembolso ao PayPal (disputa no PayPal)',
  'advice.chargeback.title.card': 'Peça ao seu banco a contestação da compra',
  'advice.chargeback.why':
    'O seu meio de pagamento é o caminho que resta: o prazo dele termina em {date} ({days} dias depois do pagamento).',
  'advice.lost-chargeback.reason':
    'A plataforma decidiu a favor do vendedor, então o caminho pela plataforma se esgotou.',
  'advice.window-closed-chargeback.reason':
    'O último dia para abrir uma disputa foi {date}, então o caminho pela plataforma está fechado.',
  'advice.window-closed-chargeback.reasonAfterProtection':
    'O último dia para abrir uma disputa foi {date} ({days} dias depois do fim da proteção), então o caminho pela plataforma está fechado.',
  'advice.lost-feedback.title': 'Deixe uma avaliação sincera do vendedor',
  'advice.lost-feedback.why':
    'A plataforma decidiu a favor do vendedor e não se sabe de prazo aberto no seu meio de pagamento. Uma avaliação sincera alerta outros compradores; também é possível denunciar o vendedor.',
  'advice.window-closed-feedback.title': 'Deixe uma avaliação sincera do vendedor',
  'advice.window-closed-feedback.why':
    'O último dia para abrir uma disputa foi {date}, e não se sabe de prazo aberto no seu meio de pagamento. A sua avaliação alerta outros compradores.',
  'advice.window-closed-feedback.whyComplaint':
    'O último dia para abrir uma disputa foi {date}, e não se sabe de prazo aberto no seu meio de pagamento. A sua avaliação alerta outros compradores; também é possível fazer uma denúncia.',

  'advice.awaiting-payment.title': 'Nada a fazer até o pedido ser pago',
  'advice.awaiting-payment.why': 'A proteção ao comprador começa com um pedido pago e enviado.',
  'advice.order-closed.title': 'Nada a fazer',
  'advice.order-closed.why':
    'O pedido está encerrado. Se o valor foi cobrado e não devolvido, informe como problema de reembolso.',
  'advice.awaiting-shipment.title': 'Aguarde o vendedor enviar',
  'advice.awaiting-shipment.why': 'As disputas só podem ser abertas depois do envio (a partir do dia {day}).',
  'advice.awaiting-shipment.shipBy': 'O vendedor precisa enviar até {date}.',
  'advice.awaiting-shipment.ask': 'Pergunte ao vendedor se estiver demorando mais que o prometido.',
  'advice.estimatedProtectionEnd':
    'Essa data é só o fim mais tardio possível ({days} dias depois do envio): abra a página do pedido para o Buyer Guard ler a contagem regressiva real.',
  'advice.in-transit-wait.title': 'Aguarde o pacote',
  'advice.in-transit-wait.onItsWay': 'O pedido está a caminho.',
  'advice.in-transit-wait.protection':
    'A proteção ao comprador vale até {date}; se o pacote não tiver chegado {days} dias antes disso, peça ao vendedor para estender a proteção.',
  'advice.in-transit-wait.tellUs': 'Se não chegar, conte ao Buyer Guard o que deu errado.',
  'advice.tracking-silent.title': 'Pergunte ao vendedor onde está o pacote',
  'advice.tracking-silent.why':
    '{days, plural, one {O rastreio está parado há # dia} other {O rastreio está parado há # dias}} (última atualização: {date}). Peça ao vendedor, pela página do pedido, que verifique com a transportadora, e guarde a conversa como prova.',
  'advice.tracking-silent.prepareNow': 'Se o pacote não se mexer, abra uma disputa por “{reason}”: já é possível.',
  'advice.tracking-silent.prepareFrom':
    'Se o pacote não se mexer, abra uma disputa por “{reason}”: será possível a partir de {date}.',
  'advice.delivered-inspect.title': 'Confira o item antes do fim da proteção',
  'advice.delivered-inspect.titleEnded': 'Confira o item',
  'advice.delivered-inspect.why':
    'O rastreio diz que foi entregue. Confira o item agora: a proteção termina em {date} e o pedido é concluído automaticamente em seguida. Só confirme o recebimento quando estiver tudo certo.',
  'advice.delivered-inspect.whyEnded':
    'O rastreio diz que foi entregue. Confira o item agora: a proteção pode já ter terminado. Só confirme o recebimento quando estiver tudo certo.',
  'advice.completed-feedback.title': 'Deixe uma avaliação',
  'advice.completed-feedback.complete': 'O pedido está concluído.',
  'advice.completed-feedback.tellUs':
    'Se aparecer um problema, conte ao Buyer Guard: ele sabe até quando uma disputa é possível.',
  'advice.completed-feedback.stillPossible': 'Se aparecer um problema, ainda é possível abrir uma disputa até {date}.',
  'advice.completed-feedback.wasLast': 'O último dia para abrir uma disputa foi {date}.',
  'advice.status-unknown.title': 'Abra a página do pedido',
  'advice.status-unknown.why':
    'O Buyer Guard ainda não leu o status deste pedido. Abra a página dele no AliExpress para que as contagens regressivas sejam lidas; os valores da própria página sempre valem mais que as estimativas.',
  'advice.extension-not-granted.title': 'Abra já uma disputa por “{reason}”',
  'advice.extension-not-granted.why':
    'Você pediu uma extensão há {hours} horas ou mais e ela não foi concedida; a proteção termina em {date}. Abra a disputa antes disso.',
  'advice.extension.fallbackDispute':
    'Se não for concedida em {hours} horas, abra uma disputa por “{reason}” antes do fim da proteção; prepare-a já.',
  'advice.extension.fallbackLater':
    'Se não for concedida, abra uma disputa por “{reason}” assim que a página do pedido permitir.',
  'advice.extend-protection-late.title': 'Peça já uma extensão e prepare a disputa',
  'advice.extend-protection-late.why':
    'A proteção termina em {date} e o pacote não chegou. O normal é pedir de {earliest} a {latest} dias antes do fim, então já está tarde: peça agora ao vendedor uma extensão pela página do pedido (os vendedores levam até {hours} horas).',
  'advice.extend-protection.title': 'Peça ao vendedor para estender a proteção ao comprador',
  'advice.extend-protection.why':
    'O pacote não chegou e a proteção termina em {date}. Agora é a hora de pedir (de {earliest} a {latest} dias antes do fim): solicite a extensão pela página do pedido; só o vendedor pode aprovar, normalmente em {hours} horas.',
  'advice.protection-ending-open-dispute.title': 'Abra uma disputa por “{reason}” antes do fim da proteção',
  'advice.protection-ending-open-dispute.why':
    'A proteção termina em {date}: perto demais para esperar uma extensão (os vendedores levam até {hours} horas). Quando ela terminar, o pedido é concluído e o dinheiro vai para o vendedor.',
  'advice.protection-before-opening.title': 'Peça ao vendedor para estender a proteção',
  'advice.protection-before-opening.why':
    'A proteção termina em {date}, antes de ser possível abrir uma disputa (a partir de {opens}). Peça já ao vendedor, pela página do pedido, para estender a proteção, e guarde a conversa como prova.',
  'advice.before-dispute-contact-seller.title': 'Fale com o vendedor',
  'advice.before-dispute-contact-seller.why':
    'Dá para abrir uma disputa a partir de {opens}. Até lá, escreva ao vendedor pela página do pedido: os vendedores costumam responder em {range} dias úteis, e a conversa vira prova depois.',
  'advice.wait-dispute-opens.title': 'Aguarde até poder abrir uma disputa',
  'advice.wait-dispute-opens.why': 'Você já falou com o vendedor. “Abrir disputa” fica disponível a partir de {date}.',
  'advice.not-received-in-transit.title': 'Aguarde o fim do prazo de entrega prometido',
  'advice.not-received-in-transit.why':
    'O rastreio avança normalmente e o prazo de entrega prometido vai até {date}; uma disputa por “não recebido” só é possível depois disso.',
  'advice.dispute.protectionEnds':
    'A proteção ao comprador termina em {date}; então o pedido é concluído e o dinheiro vai para o vendedor.',
  'advice.dispute.lastDay': 'O último dia para abrir uma disputa é {date}.',
  'advice.open-dispute-urgent.title': 'Abra já uma disputa: “{reason}”',
  'advice.open-dispute-urgent.short': 'O tempo está curto:',
  'advice.open-dispute-urgent.then':
    'Abra primeiro a disputa e peça {refund}; as provas podem ser incluídas até o caso ser encerrado.',
  'advice.contact-seller-first.title': 'Fale primeiro com o vendedor',
  'advice.contact-seller-first.why':
    'Para um problema pequeno, o vendedor é o caminho mais rápido: costuma responder em {range} dias úteis. Peça {refund}; se não houver uma resposta justa, abra uma disputa.',
  'advice.wait-seller-reply.title': 'Dê tempo ao vendedor para responder',
  'advice.wait-seller-reply.why':
    'Os vendedores costumam responder em {days} dias úteis, aqui até {date}. Sem uma resposta justa, abra uma disputa.',
  'advice.collect-evidence.title': 'Reúna as provas e depois abra a disputa',
  'advice.collect-evidence.why':
    'As provas são obrigatórias quando o item foi recebido, e disputas se perdem por provas faltando ou pouco claras. Ainda faltam: {missing}.',
  'advice.open-dispute.title': 'Abra uma disputa: “{reason}”',
  'advice.open-dispute.why':
    'O caminho da disputa está aberto. Escolha “{reason}”, coloque o problema principal primeiro, anexe as provas e peça {refund}.',
  'advice.tracking-silent.fact':
    '{days, plural, one {O rastreio está parado há # dia.} other {O rastreio está parado há # dias.}}',

  'advice.option.open-dispute.title': 'Abrir uma disputa',
  'advice.option.open-dispute.until': 'Possível até {date}.',
  'advice.option.open-dispute.now': 'Possível agora.',
  'advice.option.contact-seller.title': 'Falar com o vendedor',
  'advice.option.contact-seller.why': 'Os vendedores costumam responder em {range} dias úteis.',
  'advice.option.escalate.title': 'Escalar para a plataforma',
  'advice.option.escalate.why': 'Sem acordo com o vendedor.',
  'advice.option.counter-offer.title': 'Fazer uma contraproposta',
  'advice.option.counter-offer.why': 'Proponha {refund} com o motivo.',
  'advice.option.accept-offer.title': 'Aceitar a proposta',
  'advice.option.accept-offer.why': 'Encerra a disputa de vez.',
  'advice.option.escalate-claim.title': 'Transformar a disputa do PayPal em reclamação',
  'advice.option.escalate-claim.why': 'O PayPal encerra a disputa se ela não for transformada até {date}.',
  'advice.option.add-evidence.title': 'Reunir provas',
  'advice.option.add-evidence.why': 'Fotos, vídeos e prints conforme a lista.',
  'advice.option.report-seller.title': 'Denunciar o vendedor',
  'advice.option.report-seller.why': 'Central de Reclamações: “{category}”.',
  'advice.option.chargeback.title.paypal': 'Disputa no PayPal',
  'advice.option.chargeback.title.card': 'Contestação no seu banco',
  'advice.option.chargeback.why': 'Possível até {date}; use só se o caminho pela plataforma falhar.',
  'advice.option.leave-feedback.title': 'Deixar uma avaliação',
  'advice.option.leave-feedback.why': 'Conta a outros compradores como o vendedor se comportou.',

  'warning.accept-offer.closes.title': 'Aceitar encerra a disputa de vez',
  'warning.accept-offer.closes.text':
    'Aceitar a proposta do vendedor (por exemplo, “Vou reenviar”) encerra esta disputa e ela não pode ser reaberta: se o novo pacote nunca chegar ou tiver o mesmo problema, pode não sobrar disputa. É o jeito mais comum de perder o reembolso. Só aceite se tiver certeza.',
  'warning.accept-offer.settles.title': 'Aceitar encerra a disputa',
  'warning.accept-offer.settles.refund':
    'Aceitar encerra a disputa com {refund}. Depois não dá para pedir mais, então confira o valor antes.',
  'warning.accept-offer.settles.return':
    'Aceitar encerra a disputa com um reembolso depois que você devolver o item (o frete da devolução pode ficar por sua conta, e a devolução precisa ser enviada em {days} dias). Depois não dá para pedir mais, então confira o valor antes.',
  'warning.accept-offer.settles.returnOf':
    'Aceitar encerra a disputa com um reembolso de {amount} depois que você devolver o item (o frete da devolução pode ficar por sua conta, e a devolução precisa ser enviada em {days} dias). Depois não dá para pedir mais, então confira o valor antes.',
  'warning.cancel-dispute.final.title': 'Cancelar agora libera o dinheiro para o vendedor',
  'warning.cancel-dispute.final.unknown':
    'A proteção ao comprador terminou (ou não se sabe quando termina): se você cancelar esta disputa, o dinheiro vai para o vendedor e não dá para abrir outra.',
  'warning.cancel-dispute.final.ended':
    'A proteção ao comprador terminou ({date}): se você cancelar esta disputa, o dinheiro vai para o vendedor e não dá para abrir outra.',
  'warning.cancel-dispute.restart.title': 'Cancelar encerra a proteção hoje',
  'warning.cancel-dispute.restart.text':
    'Se você cancelar, hoje passa a ser a data de conclusão do pedido: a proteção termina e uma nova disputa só poderá ser aberta até o fim do dia {date} ({days} dias).',
  'warning.confirm-receipt.notArrived.title': 'Não confirme um pedido que não chegou',
  'warning.confirm-receipt.notArrived.text':
    'Confirmar o recebimento encerra a proteção ao comprador. Um vendedor que pede para você confirmar antes de o item chegar quebra as regras: você pode denunciá-lo.',
  'warning.confirm-receipt.openProblem.title': 'Você tem um problema em aberto com este pedido',
  'warning.confirm-receipt.openProblem.text':
    'Confirmar o recebimento encerra a proteção ao comprador; restam só {days} dias para abrir uma disputa. Resolva o problema antes.',
  'warning.confirm-receipt.check.title': 'Confirmar encerra a proteção ao comprador',
  'warning.confirm-receipt.check.text':
    'Confira o item por completo antes. Depois de confirmar, você tem {days} dias para abrir uma disputa.',
  'warning.let-window-lapse.title': 'Depois que o prazo acabar, nenhuma disputa é possível',
  'warning.let-window-lapse.unknown':
    'A última chance de abrir uma disputa termina {days} dias depois do fim da proteção ou de você confirmar o recebimento. Depois disso, o caminho pela plataforma fica fechado para este pedido.',
  'warning.let-window-lapse.on':
    'A última chance de abrir uma disputa termina em {date}. Depois disso, o caminho pela plataforma fica fechado para este pedido.',
  'warning.let-window-lapse.passed':
    'A última chance de abrir uma disputa terminou em {date} (já passou). Depois disso, o caminho pela plataforma fica fechado para este pedido.',
  'warning.skip-return-shipping.title': 'Envie a devolução a tempo',
  'warning.skip-return-shipping.text':
    'Uma devolução combinada precisa ser enviada em {days} dias; senão, o vendedor recebe e o reembolso é perdido.',
  'warning.skip-return-shipping.textBy':
    'Uma devolução combinada precisa ser enviada em {days} dias (até {date}); senão, o vendedor recebe e o reembolso é perdido.',
  'warning.file-chargeback.platformFirst.title': 'Termine antes o caminho pela plataforma',
  'warning.file-chargeback.platformFirst.text':
    'Uma contestação aberta enquanto o caminho de disputa da própria plataforma ainda está aberto pode fazer você perder a proteção dela (em algumas plataformas, a reclamação deixa de valer). Use primeiro a disputa; deixe a contestação para quando ela falhar.',
  'warning.file-chargeback.provider.title': 'Daqui em diante, quem decide é o banco ou o PayPal',
  'warning.file-chargeback.provider.text':
    'Uma contestação é decidida pelo seu banco ou pelo PayPal com as regras e os prazos deles. Tenha em mãos o pacote de provas e o histórico da disputa para as perguntas.',

  'refund.missingShare':
    'Faltam {missing} de {quantity} unidades, então o reembolso pedido é a parte do preço que corresponde a elas.',
  'refund.missingShareOf':
    'Faltam {missing} de {quantity} unidades, então o reembolso pedido é a parte do preço que corresponde a elas ({amount}).',
  'refund.full':
    '{why, select, not_received {O pedido nunca chegou} all_missing {Nada do pedido chegou} other {O item não serve para o que se propõe}}, então o justo é pedir o reembolso total.',
  'refund.fullOf':
    '{why, select, not_received {O pedido nunca chegou} all_missing {Nada do pedido chegou} other {O item não serve para o que se propõe}}, então o justo é pedir o reembolso total ({amount}).',
  'refund.share': '{percent}% do preço',
  'refund.shareOf': '{percent}% do preço ({amount})',
  'refund.partialMinor':
    'O item ainda pode ser usado apesar do problema, e na prática a plataforma concede uma compensação parcial por um defeito pequeno; {share} é uma proposta razoável ficando com o item.',
  'refund.partialAssumed':
    'Por um defeito que deixa o item utilizável, na prática a plataforma concede uma compensação parcial; {share} é uma proposta razoável ficando com o item. Se o item não serve para o que se propõe, o justo é pedir o reembolso total.',

  'rule.source': 'Fonte: {source}.',
  'rule.era.current': 'as regras atuais do AliExpress',
  'rule.era.legacy': 'as páginas de ajuda antigas do AliExpress (c. 2012–16)',
  'rule.era.seller-side': 'as regras do AliExpress para vendedores',
  'rule.era.one-guide': 'um guia para compradores (c. 2020–22), não confirmado em outras fontes',
  'rule.era.payment-provider': 'as regras do meio de pagamento',
  'rule.buyer-protection-max-days':
    'A proteção ao comprador é definida pelo vendedor para cada pedido e aparece como contagem regressiva na página do pedido; ela termina no máximo {days} dias depois do envio.',
  'rule.note.buyer-protection-max-days':
    'É o fim mais tardio possível, não o deste pedido: abra a página do pedido para o Buyer Guard ler a contagem regressiva real.',
  'rule.protection-after-delivery-days':
    'Quando o rastreio diz que foi entregue, a página do pedido mostra quanto resta de proteção; sem isso, o Buyer Guard supõe que ela pode cair para {days} dias depois da entrega.',
  'rule.note.protection-after-delivery-days': 'Cedo é seguro; tarde faria perder o reembolso.',
  'rule.confirm-receipt-ends-protection':
    'Confirmar o recebimento encerra a proteção ao comprador; resta só o prazo para abrir uma disputa.',
  'rule.cancelled-dispute-restarts-window':
    'Uma disputa cancelada com a proteção ativa faz do dia do cancelamento a conclusão do pedido: dá para abrir uma nova disputa até o fim do {days}º dia depois dele.',
  'rule.cancel-after-protection-is-final':
    'Cancelar uma disputa depois do fim da proteção libera o dinheiro para o vendedor; não é possível abrir outra.',
  'rule.dispute-opens-after-shipping-days':
    '“Abrir disputa” fica disponível a partir do {days}º dia depois que o vendedor envia.',
  'rule.note.dispute-opens-after-shipping-days':
    'Aos vendedores se fala em 10 dias; o Buyer Guard usa o dia mais tardio, para nunca mandar você a um botão que ainda não existe.',
  'rule.dispute-opens-immediately-below-delivery-days':
    'Quando o prazo de entrega prometido é menor que {days} dias, dá para abrir uma disputa assim que o pedido é enviado.',
  'rule.dispute-window-days':
    'O último dia para abrir uma disputa é {days} dias depois do fim da proteção ao comprador ou de “Confirmar recebimento”, o que vier primeiro.',
  'rule.seller-dispute-response-days':
    'O vendedor tem {days} dias para responder a uma disputa; senão, o reembolso que você pediu é executado automaticamente.',
  'rule.escalation-possible-after-days':
    'Você pode escalar uma disputa para a plataforma {days} dias depois de abri-la.',
  'rule.note.escalation-possible-after-days': 'Quem decide é sempre o botão da própria página da disputa.',
  'rule.escalation-auto-after-days':
    'Sem acordo, a disputa vai automaticamente para a plataforma depois de cerca de {days} dias de negociação.',
  'rule.return-ship-within-days':
    'Depois de aceitar uma devolução, você precisa enviá-la em {days} dias; senão, o vendedor recebe o pagamento.',
  'rule.paypal-dispute-window-days': 'Uma disputa no PayPal precisa ser aberta em até {days} dias depois do pagamento.',
  'rule.card-chargeback-window-days':
    'Uma contestação no cartão costuma ser possível em até {days} dias depois do pagamento.',
  'rule.note.card-chargeback-window-days': 'Cada banco tem sua regra: confirme com o seu.',
  'rule.paypal-escalate-to-claim-days':
    'Uma disputa no PayPal precisa virar reclamação em até {days} dias da abertura; senão, é encerrada.',
  'rule.alternative': 'A regra geral daria {date} ({rule}); para este pedido, vale a regra da própria página.',
  'rule.alternativeBare': 'A regra geral daria {date}; para este pedido, vale a regra da própria página.',

  'problem.not-received': 'Não recebido (atrasado, ou “entregue” mas nada chegou)',
  'problem.damaged': 'Chegou danificado',
  'problem.wrong-item': 'Item errado',
  'problem.missing-items': 'Faltam itens',
  'problem.quality-problem': 'Qualidade ruim',
  'problem.does-not-work': 'Não funciona / com defeito',
  'problem.not-as-described': 'Diferente da descrição',
  'problem.counterfeit': 'Falsificado',
  'problem.size-colour-mismatch': 'Tamanho, cor ou modelo errado',
  'problem.empty-package': 'Pacote vazio ou incompleto',
  'problem.different-shipping-method': 'Enviado por um frete pior',
  'problem.payment-error': 'O pagamento falhou ou foi cobrado errado',
  'problem.money-not-credited': 'Paguei, mas o pedido aparece como não pago',
  'problem.refund-not-received': 'Reembolso não recebido',
  'problem.order-cancelled': 'Cancelado, sem reembolso',
  'problem.pay-outside-platform': 'O vendedor pede pagamento fora do AliExpress',
  'problem.confirm-before-arrival': 'O vendedor pede para confirmar o recebimento antes da hora',
  'problem.threats-or-rudeness': 'O vendedor ameaça ou é grosseiro',
  'problem.spam': 'O vendedor manda spam',
  'problem.phishing': 'O vendedor mandou um link de phishing',
  'problem.inflated-price': 'Preço inflado',
  'problem.changed-quantity': 'O vendedor mudou a quantidade',
  'problem.changed-shipping-cost': 'O frete é diferente do anunciado',
  'problem.fake-tracking': 'Código de rastreio falso',
  'problem.account-question': 'Uma dúvida sobre a minha conta',
  'problem.group.order': 'Problema com o pedido',
  'problem.group.payment': 'Pagamento ou reembolso',
  'problem.group.misconduct': 'Má conduta do vendedor',
  'problem.group.account': 'Conta',
  'problem.choice.not-received': 'Não chegou',
  'problem.choice.damaged': 'Chegou danificado',
  'problem.choice.not-as-described': 'Diferente da descrição',
  'problem.choice.missing-items': 'Faltam itens',
  'problem.choice.offer': 'O vendedor fez uma oferta',
  'problem.choice.other': 'Outra coisa',

  'formReason.not-received': 'Não recebido',
  'formReason.damaged': 'Produto danificado',
  'formReason.not-as-described': 'Diferente da descrição',
  'formReason.quality-problem': 'Problema de qualidade',
  'formReason.missing-items': 'Problema de quantidade',
  'formReason.wrong-item': 'Item errado',
  'formReason.does-not-work': 'Não funciona direito',
  'formReason.counterfeit': 'Falsificado',
  'formReason.size-colour-mismatch': 'Tamanho/cor/modelo diferente do pedido',
  'formReason.empty-package': 'Pacote incompleto ou vazio',
  'formReason.different-shipping-method': 'Outro método de envio usado',

  'evidence.tip.light': 'Use luz do dia ou uma luz forte; uma foto ou um vídeo escuro não mostra o problema.',
  'evidence.tip.focus': 'Fique parado e foque no problema; refaça o que sair borrado.',
  'evidence.tip.short': 'Faça vídeos curtos e objetivos; compacte em zip os vídeos grandes antes de enviar.',
  'evidence.tip.originals':
    'Guarde os arquivos originais: o Buyer Guard registra uma impressão digital (SHA-256) de cada um.',
  'evidence.order-page-screenshot.what': 'Print da página de detalhes do pedido',
  'evidence.order-page-screenshot.how':
    'Número do pedido, item, variante escolhida, preço, data e status do pedido visíveis em um só print.',
  'evidence.listing-screenshot.what': 'Print da página do produto como você pediu',
  'evidence.listing-screenshot.how':
    'O título, as fotos, a descrição ou as especificações em que você se baseou, e a variante que escolheu.',
  'evidence.listing-screenshot.how.inflated-price':
    'O preço anunciado (e qualquer preço “original” riscado) com a data visível.',
  'evidence.listing-screenshot.how.changed-shipping-cost': 'O frete mostrado na página do produto para o seu país.',
  'evidence.seller-chat-screenshot.what': 'Prints das suas mensagens com o vendedor',
  'evidence.seller-chat-screenshot.how':
    'Com as datas, o nome da loja e o que foi dito visíveis; guarde todos os prints.',
  'evidence.label-weight-photo.what': 'Foto da etiqueta de envio com o peso declarado, e do pacote numa balança',
  'evidence.label-weight-photo.how':
    'Etiqueta legível (código de rastreio e peso); o visor da balança e o pacote na mesma foto.',
  'evidence.unboxing-video.what': 'Vídeo abrindo o pacote',
  'evidence.unboxing-video.how': 'Uma única tomada contínua, do pacote fechado (etiqueta visível) até o conteúdo.',
  'evidence.tracking-screenshot.what': 'Print do histórico de rastreio',
  'evidence.tracking-screenshot.how':
    'A lista inteira de eventos com datas: sem entrega, um histórico parado ou estranho, ou “entregue” em outro lugar.',
  'evidence.tracking-screenshot.how.fake-tracking':
    'Mostra que a transportadora não conhece o código, ou que ele é de outra cidade ou outro país.',
  'evidence.tracking-number.what': 'O código de rastreio e a transportadora',
  'evidence.tracking-number.how':
    'Da página de rastreio do pedido; consulte também o site da transportadora e tire print do que ele diz.',
  'evidence.customs-papers.what': 'Documentos da alfândega, se o pacote estiver retido',
  'evidence.customs-papers.how': 'O aviso ou a carta da alfândega, todas as páginas, legíveis.',
  'evidence.damage-photos.what': 'Fotos do dano de vários ângulos',
  'evidence.damage-photos.how':
    'Uma foto geral do item inteiro e depois um close de cada parte danificada; com luz do dia, em foco.',
  'evidence.packaging-photos.what': 'Fotos da embalagem como chegou',
  'evidence.packaging-photos.how':
    'Caixa de fora e proteção de dentro, qualquer parte amassada ou rasgada, com a etiqueta de envio visível.',
  'evidence.item-next-to-order.what': 'O item recebido ao lado dos detalhes do pedido',
  'evidence.item-next-to-order.how':
    'O item e a página do pedido (na tela ou impressa) na mesma foto, para a diferença ficar óbvia.',
  'evidence.item-label-photo.what': 'Foto da etiqueta ou do número do modelo do item recebido',
  'evidence.item-label-photo.what.does-not-work': 'Foto da etiqueta do modelo ou do número de série',
  'evidence.item-label-photo.how': 'Close, legível.',
  'evidence.contents-photo.what': 'Foto de todo o conteúdo do pacote espalhado',
  'evidence.contents-photo.how':
    'Tudo o que chegou, contado e lado a lado, junto aos detalhes do pedido com a quantidade pedida.',
  'evidence.defect-video.what': 'Vídeo mostrando o defeito',
  'evidence.defect-video.how':
    'Boa luz, sem tremer; mostre o item inteiro e depois o defeito de perto; diga ou escreva o que está errado.',
  'evidence.defect-photos.what': 'Fotos do defeito de perto',
  'evidence.defect-photos.how': 'Em foco, com algo para dar a escala quando ajudar.',
  'evidence.not-working-video.what': 'Vídeo do item sem funcionar',
  'evidence.not-working-video.how':
    'Monte como manda o manual (carregado, conectado, ligado) e mostre a falha numa única tomada.',
  'evidence.differences-photos.what': 'Fotos ou vídeos de cada diferença em relação ao anúncio',
  'evidence.differences-photos.how': 'Uma imagem por diferença; liste as diferenças na sua descrição na mesma ordem.',
  'evidence.brand-details-photos.what': 'Fotos de logotipos, etiquetas, números de série e embalagem',
  'evidence.brand-details-photos.how':
    'Closes que mostrem por que é falso (marca escrita errado, holograma faltando, número de série em formato errado).',
  'evidence.ruler-photo.what': 'O item esticado ao lado de uma régua ou fita métrica',
  'evidence.ruler-photo.how':
    'Meça a medida que a tabela de tamanhos informa (por ex. largura do peito, comprimento), com os números da régua legíveis.',
  'evidence.size-label-photo.what': 'Foto da etiqueta de tamanho',
  'evidence.size-label-photo.how': 'Close, legível.',
  'evidence.size-chart-screenshot.what': 'Print da tabela de tamanhos do anúncio e da variante que você escolheu',
  'evidence.size-chart-screenshot.how': 'Com a linha do seu tamanho visível.',
  'evidence.package-photos.what': 'Fotos do pacote de todos os lados, aberto e vazio (ou incompleto)',
  'evidence.package-photos.how': 'Mostre os lacres, qualquer sinal de abertura e o que havia dentro.',
  'evidence.tracking-carrier-screenshot.what': 'Print do rastreio mostrando a transportadora realmente usada',
  'evidence.tracking-carrier-screenshot.how': 'Nome da transportadora e código de rastreio visíveis.',
  'evidence.chosen-shipping-screenshot.what': 'Print do método de envio que você escolheu e pagou',
  'evidence.chosen-shipping-screenshot.how': 'Dos detalhes do pedido: nome do método e valor do frete.',
  'evidence.payment-record.what': 'Linha do extrato do banco ou do cartão, ou o comprovante de pagamento',
  'evidence.payment-record.how': 'Valor, data e estabelecimento visíveis; esconda as linhas que não têm a ver.',
  'evidence.payment-record.what.money-not-credited': 'Comprovante de pagamento',
  'evidence.payment-record.how.money-not-credited':
    'Linha do extrato do banco ou do cartão, ou o comprovante de pagamento, com valor e data.',
  'evidence.refund-record.what': 'Print do reembolso na página do pedido ou da disputa',
  'evidence.refund-record.how': 'Valor, data e status do reembolso visíveis.',
  'evidence.statement-without-refund.what': 'Extrato do banco ou do cartão desde a data do reembolso',
  'evidence.statement-without-refund.how': 'Mostra que o reembolso não chegou; esconda as linhas que não têm a ver.',
  'evidence.cancellation-screenshot.what': 'Print do pedido cancelado e do status do reembolso',
  'evidence.cancellation-screenshot.how': 'Número do pedido, data do cancelamento e status do reembolso visíveis.',
  'evidence.misconduct-chat-screenshot.how': 'A mensagem, a data e o nome da loja em um só print.',
  'evidence.misconduct-chat-screenshot.what.pay-outside-platform':
    'Print da mensagem do vendedor pedindo pagamento fora do AliExpress',
  'evidence.misconduct-chat-screenshot.what.confirm-before-arrival':
    'Print do vendedor pedindo para você confirmar o recebimento antes de o item chegar',
  'evidence.misconduct-chat-screenshot.what.threats-or-rudeness': 'Prints das mensagens ameaçadoras ou grosseiras',
  'evidence.misconduct-chat-screenshot.how.threats-or-rudeness': 'Todas as mensagens, com as datas e o nome da loja.',
  'evidence.misconduct-chat-screenshot.what.spam': 'Prints das mensagens de spam',
  'evidence.misconduct-chat-screenshot.how.spam': 'Com as datas e o nome da loja que enviou.',
  'evidence.misconduct-chat-screenshot.what.phishing': 'Print da mensagem ou do link de phishing',
  'evidence.misconduct-chat-screenshot.how.phishing':
    'Não abra o link; tire print da mensagem com a data e o remetente.',
  'evidence.carrier-site-screenshot.what': 'Print do site da própria transportadora com o mesmo código',
  'evidence.carrier-site-screenshot.how': 'O código e a resposta da transportadora visíveis.',

  'complaint.ipr': 'Proteção de propriedade intelectual (falsificações)',
  'complaint.prohibited': 'Produtos restritos ou proibidos',
  'complaint.trading-rules': 'Violação das regras de negociação',
  'complaint.search-price-manipulation': 'Manipulação de preço e categoria / violações ligadas à busca',
  'complaint.other': 'Outros',
  'complaint.sub.weapons': 'Armas e materiais ofensivos',
  'complaint.sub.hazardous-chemicals': 'Produtos químicos inflamáveis, explosivos e perigosos',
  'complaint.sub.medical': 'Medicamentos e dispositivos médicos',
  'complaint.sub.illegal-tools': 'Software, ferramentas ou dispositivos para fins ilegais',
  'complaint.sub.illicit-drugs': 'Drogas ilícitas, precursores e acessórios',
  'complaint.sub.adult': 'Material obsceno e adulto',
  'complaint.sub.human-parts-flora-fauna': 'Partes e restos humanos, fauna e flora protegidas',
  'complaint.sub.other-prohibited': 'Outros proibidos',
  'complaint.sub.wrong-category': 'Categoria errada',
  'complaint.sub.wrong-five-category-posting': 'Publicação errada nas cinco categorias',
  'complaint.sub.incorrect-measuring-units': 'Unidades de medida incorretas',
  'complaint.sub.prices-too-low': 'Preços baixos demais',
  'complaint.sub.sku-infringements': 'Violações de SKU',
  'complaint.sub.shipping-cost-mismatch': 'Frete cobrado diferente do anunciado',
  'complaint.sub.duplicate-listings': 'Anúncios duplicados',
  'complaint.sub.incorrect-category-title': 'Título de categoria incorreto',
  'complaint.sub.prices-too-high': 'Preços altos demais',
  'complaint.category': '{category} — {subType}',
  'complaint.note.ipr':
    'Feita pelos titulares dos direitos por uma conta à parte (documentos analisados em ~{documents} dias úteis, a reclamação em ~{complaint}). Quem comprou um item falso abre uma disputa com o motivo “Falsificado”.',
  'complaint.note.trading-rules':
    'Pagar fora da plataforma, confirmar o recebimento antes da chegada, ameaças ou grosseria.',
  'complaint.note.other':
    'Spam e phishing (o phishing não tem formulário próprio). Uma avaliação abusiva pode ser denunciada em até {days} dias depois da avaliação.',
  'complaint.note.tradingOnNewForm':
    'O formulário de reclamação novo não tem “Violação das regras de negociação”: denuncie em “Outros” e abra uma disputa para qualquer problema com o pedido.',
  'complaint.note.fakeTrackingOnNewForm':
    'O formulário de reclamação novo não tem “Violação das regras de negociação”: denuncie em “Outros” e abra uma disputa para qualquer problema com o pedido. Um código de rastreio falso é motivo para uma disputa por “Não recebido”.',
  'complaint.note.pay-outside-platform': 'Pedir pagamento fora da plataforma quebra as regras de negociação.',
  'complaint.note.confirm-before-arrival':
    'Pressionar por “Confirmar recebimento” antes da chegada quebra as regras de negociação.',
  'complaint.note.threats-or-rudeness': 'Ameaças e grosseria quebram as regras de negociação.',
  'complaint.note.changed-quantity': 'Mudar a quantidade depois do pedido quebra as regras de negociação.',
  'complaint.note.fake-tracking':
    'Um código de rastreio falso quebra as regras de negociação; abra também uma disputa por “Não recebido”.',
  'complaint.note.spam': 'Spam se denuncia em “Outros”.',
  'complaint.note.phishing': 'Phishing não tem formulário próprio: use “Outros”.',
  'complaint.note.inflated-price': 'Um preço inflado é uma manipulação de preço.',
  'complaint.note.changed-shipping-cost': 'Frete cobrado diferente do anúncio.',
};
