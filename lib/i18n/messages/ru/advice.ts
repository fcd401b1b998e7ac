import type { AdviceMessages } from '../en/advice';

/** Counts are declined through ICU plurals (день/дня/дней), so a value changed by a rule still reads right. */
export const advice: AdviceMessages = {
  'advice.dated': '{date} ({note})',
  'advice.source.page': 'по данным страницы заказа',
  'advice.source.page-rule': 'по правилу со страницы заказа',
  'advice.source.estimate': 'оценка',
  'advice.refund.any': 'возврат средств',
  'advice.refund.full': 'полный возврат средств',
  'advice.refund.fullOf': 'полный возврат средств — {amount}',
  'advice.refund.partial': 'частичный возврат средств',
  'advice.refund.partialOf': 'частичный возврат средств — {amount}',
  'advice.refundRange': '{min}–{max} рабочих дней',
  'advice.listSeparator': '; ',

  'advice.account-question.title': 'Обратитесь в службу поддержки',
  'advice.account-question.why':
    'Вопросы об аккаунте и общие вопросы решает служба поддержки (ИИ-помощник, иногда оператор); с проблемами по заказам она помогает плохо — для них есть спор.',
  'advice.report-misconduct.title': 'Пожалуйтесь на продавца',
  'advice.report-misconduct.why':
    'На нарушения продавца жалуются в Центре жалоб (или кнопкой «Пожаловаться на товар» на странице товара), категория «{category}».',
  'advice.report-misconduct.offPlatform':
    'Никогда не платите в обход платформы: платежи вне AliExpress не покрываются защитой покупателя.',
  'advice.report-misconduct.follow':
    'Сохраняйте скриншоты всех сообщений; жалобы отслеживаются в разделе «Мои жалобы», фиксированного срока рассмотрения нет.',
  'advice.report-misconduct.followFixed':
    'Сохраняйте скриншоты всех сообщений; жалобы отслеживаются в разделе «Мои жалобы».',
  'advice.refund-in-transit.title': 'Дождитесь поступления возврата',
  'advice.refund-in-transit.why':
    'Возврат приходит на счёт, с которого вы платили, за {range}; считая от возврата, это до {date}. Банк может добавить ещё несколько дней.',
  'advice.refund-overdue.title': 'Спросите в поддержке, где возврат',
  'advice.refund-overdue.why':
    'Обычно возврат приходит за {range}. Попросите в службе поддержки номер операции возврата, затем уточните в своём банке.',
  'advice.refund-overdue.whyBy':
    'Обычно возврат приходит за {range} (здесь — до {date}). Попросите в службе поддержки номер операции возврата, затем уточните в своём банке.',
  'advice.payment-problem.title': 'Обратитесь в поддержку по поводу оплаты',
  'advice.payment-problem.why':
    'Ошибки оплаты и незачисленные деньги решает служба поддержки, а не спор с продавцом. Держите под рукой выписку из банка или чек.',

  'advice.return-window-missed.title': 'Срочно спросите поддержку о возврате товара',
  'advice.return-window-missed.why':
    'Согласованный возврат нужно было отправить до {date}; после этого деньги обычно получает продавец. Если вы отправили товар, сразу добавьте трек-номер в спор; если нет — спросите в поддержке, можно ли ещё оформить возврат.',
  'advice.ship-return.title': 'Отправьте возврат и добавьте трек-номер',
  'advice.ship-return.why':
    'Согласованный возврат нужно отправить за {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}, иначе деньги получит продавец. Отправляйте с отслеживанием, сохраните квитанцию и укажите трек-номер в споре.',
  'advice.ship-return.whyBy':
    'Согласованный возврат нужно отправить за {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}, здесь — до {date}, иначе деньги получит продавец. Отправляйте с отслеживанием, сохраните квитанцию и укажите трек-номер в споре.',
  'advice.escalated-add-evidence.title': 'Добавьте в спор недостающие доказательства',
  'advice.escalated-add-evidence.why':
    'Платформа решает по доказательствам в деле, и их можно добавлять до закрытия дела. Ещё не хватает: {missing}.',
  'advice.escalated-wait.title': 'Дождитесь решения платформы',
  'advice.escalated-wait.why':
    'После передачи спора платформа вмешивается примерно через {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}. Быстро отвечайте на её вопросы; доказательства можно добавлять до закрытия дела.',
  'advice.escalated-wait.whyAround':
    'После передачи спора платформа вмешивается примерно через {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} (здесь — около {date}). Быстро отвечайте на её вопросы; доказательства можно добавлять до закрытия дела.',
  'advice.offer-resend.title': 'Отклоните предложение и требуйте возврата средств',
  'advice.offer-resend.proposes':
    '{from, select, platform {Платформа предлагает} other {Продавец предлагает}} {what, select, resend {отправить товар повторно} other {что-то другое, а не возврат средств}}.',
  'advice.offer-resend.why':
    'Если принять предложение вроде «Я отправлю повторно», спор закроется навсегда: если новая посылка не придёт, спорить будет уже нельзя. Отклоните его и продолжайте требовать {refund}; без соглашения вмешается платформа.',
  'advice.offer-full-refund.title': 'Примите полный возврат средств',
  'advice.offer-full-refund.why':
    '{from, select, platform {Платформа предлагает} other {Продавец предлагает}} полный возврат средств — больше спор дать не может. Согласие закрывает спор; проверьте, что сумма равна всему, что вы заплатили.',
  'advice.offer-return-seller-pays.title': 'Примите возврат товара с полным возвратом средств',
  'advice.offer-return-seller-pays.why':
    'Вернув товар за счёт продавца, вы получите всю сумму. После согласования возврат нужно отправить за {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}.',
  'advice.offer-return-buyer-pays.title':
    'Сделайте встречное предложение: обратная доставка за счёт продавца или возврат средств без возврата товара',
  'advice.offer-return-buyer-pays.why':
    'Обратная доставка может стоить до {postage}, а это может съесть весь возврат. Предложите {refund} с товаром у вас или возврат товара за счёт продавца.',
  'advice.offer-partial-unclear.title': 'Предложите сумму, которую можете обосновать',
  'advice.offer-partial-unclear.why':
    'Предложение нельзя сравнить с тем, что оправдывает проблема. Предложите конкретную сумму с обоснованием; согласие закрыло бы спор.',
  'advice.offer-partial-unclear.whyRefund':
    'Предложение нельзя сравнить с тем, что оправдывает проблема ({refund}). Предложите конкретную сумму с обоснованием; согласие закрыло бы спор.',
  'advice.offer-fair.title': 'Примите возврат {amount}',
  'advice.offer-fair.why':
    'Предложение не меньше того, что оправдывает проблема ({refund}): {rationale} Согласие закрывает спор.',
  'advice.offer-low.title': 'Предложите {amount}',
  'advice.offer-low.why':
    '{offered} — меньше, чем оправдывает проблема ({refund}), но близко: один раз предложите свою сумму с обоснованием. Без соглашения вмешается платформа.',
  'advice.offer-unreasonable.title': 'Отклоните предложение',
  'advice.offer-unreasonable.why':
    '{offered} — меньше половины того, что оправдывает проблема ({refund}). Необоснованное встречное предложение — повод передать спор в AliExpress: отклоните его, пусть решит платформа.',
  'advice.accepted-wait-refund.title': 'Дождитесь возврата средств',
  'advice.accepted-wait-refund.why':
    'Продавец согласился; возврат приходит за {range}. Если к тому времени его нет, попросите в поддержке номер операции возврата.',
  'advice.accepted-wait-refund.whyBy':
    'Продавец согласился; возврат приходит за {range} (здесь — до {date}). Если к тому времени его нет, попросите в поддержке номер операции возврата.',
  'advice.page-dispute-untracked.title': 'Следите за открытым спором',
  'advice.page-dispute-untracked.inProgress': 'Идёт спор.',
  'advice.page-dispute-untracked.inProgressShown': 'Идёт спор («{status}»).',
  'advice.page-dispute-untracked.countdown': 'Обратный отсчёт на странице идёт до {date}.',
  'advice.page-dispute-untracked.noDates':
    'Его сроков на этой странице нет: обычно у продавца {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} на ответ с момента открытия спора.',
  'advice.page-dispute-untracked.record':
    'Проверьте на странице спора, ответил ли продавец, и запишите в журнал, когда спор был открыт (дата может быть в прошлом), — тогда Buyer Guard рассчитает следующие шаги и напомнит о них.',
  'advice.opened-add-evidence.title': 'Добавьте недостающие доказательства сейчас',
  'advice.opened-add-evidence.why':
    'Если товар получен, доказательства обязательны; их можно добавлять до закрытия дела. Добавьте сейчас: {missing}.',
  'advice.opened-add-evidence.whyBy':
    'Если товар получен, доказательства обязательны; их можно добавлять до закрытия дела. Продавец может ответить до {date}; добавьте до этого: {missing}.',
  'advice.opened-wait-seller.title': 'Дождитесь ответа продавца',
  'advice.opened-wait-seller.why':
    'У продавца {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} на ответ по спору, до {date}; если он не ответит, предложенный вами возврат будет выполнен автоматически.',
  'advice.seller-silent-auto-refund.title': 'Дождитесь автоматического возврата',
  'advice.seller-silent-auto-refund.why':
    'Продавец не ответил до {date}, поэтому предложенный вами возврат должен выполниться автоматически и прийти за {max, plural, one {# рабочий день} few {# рабочих дня} many {# рабочих дней} other {# рабочего дня}}. Если на странице спора написано иное, передайте спор в AliExpress.',
  'advice.seller-silent-auto-refund.whyBy':
    'Продавец не ответил до {date}, поэтому предложенный вами возврат должен выполниться автоматически и прийти за {max, plural, one {# рабочий день} few {# рабочих дня} many {# рабочих дней} other {# рабочего дня}} (до {expected}). Если на странице спора написано иное, передайте спор в AliExpress.',
  'advice.negotiation-in-transit.title': 'Дождитесь окончания обещанного срока доставки',
  'advice.negotiation-in-transit.why':
    'Спор «Не получено» не передаётся в AliExpress, пока посылка в пути в пределах обещанного срока — здесь до {date}.',
  'advice.negotiation-add-evidence.title': 'Добавьте недостающие доказательства, пока не вмешалась платформа',
  'advice.negotiation-add-evidence.why':
    'Без соглашения платформа решает по доказательствам в деле; ещё не хватает: {missing}. Доказательства можно добавлять до закрытия дела.',
  'advice.trigger.seller-rejected': 'Продавец отклонил спор.',
  'advice.trigger.no-agreement': 'Переговоры не привели к соглашению.',
  'advice.escalate-now.title': 'Передайте спор в AliExpress',
  'advice.escalate-now.pageOffers': 'Страница спора предлагает передать его в AliExpress.',
  'advice.escalate-now.pageOffersAuto':
    'Страница спора предлагает передать его в AliExpress; без соглашения это произойдёт автоматически около {auto}.',
  'advice.escalate-now.since':
    'Передать спор можно через {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} после открытия (с {date}).',
  'advice.escalate-now.sinceAuto':
    'Передать спор можно через {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} после открытия (с {date}); без соглашения это произойдёт автоматически около {auto}.',
  'advice.escalate-now.sooner': 'Если передать спор сейчас, платформа займётся делом раньше.',
  'advice.wait-for-escalation.title': 'Продолжайте переговоры, пока спор нельзя передать в AliExpress',
  'advice.wait-for-escalation.expected': 'Кнопка передачи спора ожидается с {date}.',
  'advice.wait-for-escalation.expectedAuto':
    'Кнопка передачи спора ожидается с {date}; без соглашения спор будет передан автоматически около {auto}.',
  'advice.wait-for-escalation.pageShows': 'Страница спора покажет, когда появится кнопка передачи спора.',
  'advice.wait-for-escalation.pageShowsAuto':
    'Страница спора покажет, когда появится кнопка передачи спора; без соглашения спор будет передан автоматически около {auto}.',
  'advice.decided-wait-refund.title': 'Дождитесь возврата средств',
  'advice.decided-wait-refund.why':
    'Платформа решила {outcome, select, partial {вернуть часть средств} other {спор в вашу пользу}}; возврат приходит за {range}.',
  'advice.decided-wait-refund.whyBy':
    'Платформа решила {outcome, select, partial {вернуть часть средств} other {спор в вашу пользу}}; возврат приходит за {range}, здесь — до {date}.',
  'advice.decided-refund-overdue.why':
    'Платформа решила вернуть средства; они должны были прийти за {max, plural, one {# рабочий день} few {# рабочих дня} many {# рабочих дней} other {# рабочего дня}} (до {expected}). Попросите в поддержке номер операции возврата, затем уточните в своём банке.',
  'advice.decided-refund-overdue.whyOn':
    'Платформа решила вернуть средства {decided}; они должны были прийти за {max, plural, one {# рабочий день} few {# рабочих дня} many {# рабочих дней} other {# рабочего дня}} (до {expected}). Попросите в поддержке номер операции возврата, затем уточните в своём банке.',
  'advice.decision-appeal.title': 'Обжалуйте решение',
  'advice.decision-appeal.why':
    'Страница спора предлагает обжаловать решение платформы. Обжалуйте с доказательствами, которые решение не учло; старые источники называют решение окончательным, так что пользуйтесь возможностью, пока она есть.',
  'advice.resolved-feedback.title': 'Оставьте отзыв о продавце',
  'advice.resolved-feedback.why':
    'Проблема решена, и деньги вернулись. Отзыв расскажет другим покупателям, как продавец с этим справился.',
  'advice.accepted-closed.title': 'Дождитесь того, что обещал продавец',
  'advice.accepted-closed.why':
    'Вы приняли предложение продавца, и спор закрыт навсегда: новый спор по той же проблеме открыть нельзя. Если продавец не выполнит договорённость, пожалуйтесь на него; платёжная система ещё может помочь.',
  'advice.reopen-dispute.title': 'Откройте новый спор',
  'advice.reopen-dispute.whyCancelled':
    'Спор отменили, пока действовала защита, поэтому день отмены считается днём завершения заказа: новый спор можно открыть до {date} ({days, plural, one {# день} few {# дня} many {# дней} other {# дня}}). Проблема не решена, так что откройте его до этого.',
  'advice.reopen-dispute.why':
    'Проблема не решена, а по тому же товару можно открыть спор снова; последний день, чтобы открыть спор, — {date}.',
  'advice.dispute-status-unknown.title': 'Откройте страницу спора',
  'advice.dispute-status-unknown.why':
    'Buyer Guard не может понять, в каком состоянии дело. Откройте страницы заказа и спора, чтобы их можно было прочитать; данные самой страницы всегда важнее оценок.',

  'advice.provider-dispute-lapsed.title': 'Проверьте спор в PayPal: возможно, он закрыт',
  'advice.provider-dispute-lapsed.why':
    'Спор в PayPal нужно перевести в претензию за {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}; здесь срок был {date}. Если он закрыт, спросите PayPal, можно ли его открыть снова, и запишите претензию в журнал, если вы её подали.',
  'advice.provider-escalate-claim.title': 'Переведите спор в PayPal в претензию, если продавец не вернёт деньги',
  'advice.provider-escalate-claim.why':
    'Спор в PayPal закрывается, если его не перевести в претензию за {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} с открытия, здесь — до {date}. Если продавец к тому времени не вернул деньги, переведите спор в Центре разрешения споров PayPal; дальше решает PayPal.',
  'advice.provider-decides.title.paypal': 'Дождитесь решения PayPal',
  'advice.provider-decides.title.card': 'Дождитесь решения вашего банка',
  'advice.provider-decides.why.paypal':
    'Претензию рассматривает PayPal по своим правилам и срокам. Быстро отвечайте на вопросы; обычно просят пакет доказательств и историю спора.',
  'advice.provider-decides.why.card':
    'Чарджбэк рассматривает ваш банк по своим правилам и срокам. Быстро отвечайте на вопросы; обычно просят пакет доказательств и историю спора.',
  'advice.chargeback.title.paypal': 'Попросите PayPal вернуть деньги (спор в PayPal)',
  'advice.chargeback.title.card': 'Попросите банк оформить чарджбэк',
  'advice.chargeback.why':
    'Остаётся путь через платёжную систему: её срок истекает {date} ({days, plural, one {# день} few {# дня} many {# дней} other {# дня}} после оплаты).',
  'advice.lost-chargeback.reason': 'Платформа решила в пользу продавца, путь через платформу исчерпан.',
  'advice.window-closed-chargeback.reason':
    'Последний день, чтобы открыть спор, был {date}, путь через платформу закрыт.',
  'advice.window-closed-chargeback.reasonAfterProtection':
    'Последний день, чтобы открыть спор, был {date} ({days, plural, one {# день} few {# дня} many {# дней} other {# дня}} после окончания защиты), путь через платформу закрыт.',
  'advice.lost-feedback.title': 'Оставьте честный отзыв о продавце',
  'advice.lost-feedback.why':
    'Платформа решила в пользу продавца, и открытых сроков у платёжной системы не известно. Честный отзыв предупредит других покупателей; можно также пожаловаться на продавца.',
  'advice.window-closed-feedback.title': 'Оставьте честный отзыв о продавце',
  'advice.window-closed-feedback.why':
    'Последний день, чтобы открыть спор, был {date}, и открытых сроков у платёжной системы не известно. Отзыв предупредит других покупателей.',
  'advice.window-closed-feedback.whyComplaint':
    'Последний день, чтобы открыть спор, был {date}, и открытых сроков у платёжной системы не известно. Отзыв предупредит других покупателей; можно также подать жалобу.',

  'advice.awaiting-payment.title': 'Ничего не нужно, пока заказ не оплачен',
  'advice.awaiting-payment.why': 'Защита покупателя начинается с оплаченного и отправленного заказа.',
  'advice.order-closed.title': 'Ничего делать не нужно',
  'advice.order-closed.why': 'Заказ закрыт. Если деньги списали и не вернули, укажите это как проблему с возвратом.',
  'advice.awaiting-shipment.title': 'Дождитесь отправки',
  'advice.awaiting-shipment.why': 'Спор можно открыть только после отправки (с {day}-го дня).',
  'advice.awaiting-shipment.shipBy': 'Продавец должен отправить заказ до {date}.',
  'advice.awaiting-shipment.ask': 'Напишите продавцу, если отправка задерживается дольше обещанного.',
  'advice.estimatedProtectionEnd':
    'Это лишь самое позднее возможное окончание ({days, plural, one {# день} few {# дня} many {# дней} other {# дня}} после отправки): откройте страницу заказа, чтобы Buyer Guard прочитал настоящий обратный отсчёт.',
  'advice.in-transit-wait.title': 'Ждите посылку',
  'advice.in-transit-wait.onItsWay': 'Заказ в пути.',
  'advice.in-transit-wait.protection':
    'Защита покупателя действует до {date}; если посылка не придёт за {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} до этого, попросите продавца продлить защиту.',
  'advice.in-transit-wait.tellUs': 'Если она не придёт, сообщите Buyer Guard, что случилось.',
  'advice.tracking-silent.title': 'Спросите продавца, где посылка',
  'advice.tracking-silent.why':
    '{days, plural, one {Трек не обновлялся # день} few {Трек не обновлялся # дня} many {Трек не обновлялся # дней} other {Трек не обновлялся # дня}} (последнее обновление: {date}). Попросите продавца через страницу заказа выяснить у перевозчика, где посылка, и сохраните переписку как доказательство.',
  'advice.tracking-silent.prepareNow':
    'Если посылка так и не сдвинется, откройте спор «{reason}»: это уже можно сделать.',
  'advice.tracking-silent.prepareFrom':
    'Если посылка так и не сдвинется, откройте спор «{reason}»: это можно будет сделать с {date}.',
  'advice.delivered-inspect.title': 'Проверьте товар до окончания защиты',
  'advice.delivered-inspect.titleEnded': 'Проверьте товар',
  'advice.delivered-inspect.why':
    'По треку посылка доставлена. Проверьте товар сейчас: защита заканчивается {date}, после чего заказ завершится автоматически. Подтверждайте получение, только если всё в порядке.',
  'advice.delivered-inspect.whyEnded':
    'По треку посылка доставлена. Проверьте товар сейчас: защита, возможно, уже закончилась. Подтверждайте получение, только если всё в порядке.',
  'advice.completed-feedback.title': 'Оставьте отзыв',
  'advice.completed-feedback.complete': 'Заказ завершён.',
  'advice.completed-feedback.tellUs':
    'Если обнаружится проблема, сообщите Buyer Guard: он знает, сколько ещё можно открыть спор.',
  'advice.completed-feedback.stillPossible': 'Если обнаружится проблема, спор можно открыть до {date}.',
  'advice.completed-feedback.wasLast': 'Последний день, чтобы открыть спор, был {date}.',
  'advice.status-unknown.title': 'Откройте страницу заказа',
  'advice.status-unknown.why':
    'Buyer Guard ещё не прочитал статус этого заказа. Откройте его страницу на AliExpress, чтобы прочитать обратные отсчёты; данные самой страницы всегда важнее оценок.',
  'advice.extension-not-granted.title': 'Откройте спор «{reason}» сейчас',
  'advice.extension-not-granted.why':
    'Вы просили продлить защиту {hours, plural, one {# час} few {# часа} many {# часов} other {# часа}} назад или раньше, и продления нет; защита заканчивается {date}. Откройте спор до этого.',
  'advice.extension.fallbackDispute':
    'Если продление не дадут за {hours, plural, one {# час} few {# часа} many {# часов} other {# часа}}, откройте спор «{reason}» до окончания защиты; подготовьте его уже сейчас.',
  'advice.extension.fallbackLater':
    'Если продление не дадут, откройте спор «{reason}», как только страница заказа это позволит.',
  'advice.extend-protection-late.title': 'Просите продление сейчас и готовьте спор',
  'advice.extend-protection-late.why':
    'Защита заканчивается {date}, а посылки нет. Обычно продление просят за {earliest}–{latest} дней до конца, так что уже поздно: попросите продавца продлить защиту через страницу заказа прямо сейчас (продавцы отвечают до {hours, plural, one {# часа} few {# часов} many {# часов} other {# часа}}).',
  'advice.extend-protection.title': 'Попросите продавца продлить защиту покупателя',
  'advice.extend-protection.why':
    'Посылка не пришла, а защита заканчивается {date}. Самое время попросить продление (за {earliest}–{latest} дней до конца): запросите его на странице заказа; одобрить может только продавец, обычно за {hours, plural, one {# час} few {# часа} many {# часов} other {# часа}}.',
  'advice.protection-ending-open-dispute.title': 'Откройте спор «{reason}» до окончания защиты',
  'advice.protection-ending-open-dispute.why':
    'Защита заканчивается {date}: слишком скоро, чтобы ждать продления (продавцы отвечают до {hours, plural, one {# часа} few {# часов} many {# часов} other {# часа}}). Когда она закончится, заказ завершится и деньги уйдут продавцу.',
  'advice.protection-before-opening.title': 'Попросите продавца продлить защиту',
  'advice.protection-before-opening.why':
    'Защита заканчивается {date} — раньше, чем можно открыть спор (с {opens}). Попросите продавца через страницу заказа продлить защиту прямо сейчас и сохраните переписку как доказательство.',
  'advice.before-dispute-contact-seller.title': 'Напишите продавцу',
  'advice.before-dispute-contact-seller.why':
    'Спор можно будет открыть с {opens}. До тех пор напишите продавцу со страницы заказа: продавцы обычно отвечают за {range} рабочих дня, а переписка потом пригодится как доказательство.',
  'advice.wait-dispute-opens.title': 'Дождитесь, когда можно будет открыть спор',
  'advice.wait-dispute-opens.why': 'Вы уже написали продавцу. Кнопка «Открыть спор» появится с {date}.',
  'advice.not-received-in-transit.title': 'Дождитесь окончания обещанного срока доставки',
  'advice.not-received-in-transit.why':
    'Трек движется нормально, а обещанный срок доставки длится до {date}; спор «Не получено» можно открыть только после этого.',
  'advice.dispute.protectionEnds':
    'Защита покупателя заканчивается {date}; тогда заказ завершится и деньги уйдут продавцу.',
  'advice.dispute.lastDay': 'Последний день, чтобы открыть спор, — {date}.',
  'advice.open-dispute-urgent.title': 'Откройте спор сейчас: «{reason}»',
  'advice.open-dispute-urgent.short': 'Времени мало:',
  'advice.open-dispute-urgent.then':
    'Сначала откройте спор и требуйте {refund}; доказательства можно добавить до закрытия дела.',
  'advice.contact-seller-first.title': 'Сначала напишите продавцу',
  'advice.contact-seller-first.why':
    'При мелкой проблеме продавец — самый быстрый путь: обычно он отвечает за {range} рабочих дня. Попросите {refund}; если честного ответа нет, откройте спор.',
  'advice.wait-seller-reply.title': 'Дайте продавцу время ответить',
  'advice.wait-seller-reply.why':
    'Продавцы обычно отвечают за {days, plural, one {# рабочий день} few {# рабочих дня} many {# рабочих дней} other {# рабочего дня}}, здесь — до {date}. Если честного ответа нет, откройте спор.',
  'advice.collect-evidence.title': 'Соберите доказательства, затем откройте спор',
  'advice.collect-evidence.why':
    'Если товар получен, доказательства обязательны, а споры проигрывают из-за их нехватки или нечёткости. Ещё не хватает: {missing}.',
  'advice.open-dispute.title': 'Откройте спор: «{reason}»',
  'advice.open-dispute.why':
    'Путь через спор открыт. Выберите «{reason}», начните с главной проблемы, приложите доказательства и требуйте {refund}.',
  'advice.tracking-silent.fact':
    '{days, plural, one {Трек не обновлялся # день.} few {Трек не обновлялся # дня.} many {Трек не обновлялся # дней.} other {Трек не обновлялся # дня.}}',

  'advice.option.open-dispute.title': 'Открыть спор',
  'advice.option.open-dispute.until': 'Можно до {date}.',
  'advice.option.open-dispute.now': 'Можно уже сейчас.',
  'advice.option.contact-seller.title': 'Написать продавцу',
  'advice.option.contact-seller.why': 'Продавцы обычно отвечают за {range} рабочих дня.',
  'advice.option.escalate.title': 'Передать спор в AliExpress',
  'advice.option.escalate.why': 'С продавцом договориться не удалось.',
  'advice.option.counter-offer.title': 'Сделать встречное предложение',
  'advice.option.counter-offer.why': 'Предложите {refund} с обоснованием.',
  'advice.option.accept-offer.title': 'Принять предложение',
  'advice.option.accept-offer.why': 'Закрывает спор навсегда.',
  'advice.option.escalate-claim.title': 'Перевести спор в PayPal в претензию',
  'advice.option.escalate-claim.why': 'PayPal закроет спор, если не перевести его в претензию до {date}.',
  'advice.option.add-evidence.title': 'Собрать доказательства',
  'advice.option.add-evidence.why': 'Фото, видео и скриншоты по списку.',
  'advice.option.report-seller.title': 'Пожаловаться на продавца',
  'advice.option.report-seller.why': 'Центр жалоб: «{category}».',
  'advice.option.chargeback.title.paypal': 'Спор в PayPal',
  'advice.option.chargeback.title.card': 'Чарджбэк через банк',
  'advice.option.chargeback.why': 'Можно до {date}; используйте, только если путь через платформу не помог.',
  'advice.option.leave-feedback.title': 'Оставить отзыв',
  'advice.option.leave-feedback.why': 'Расскажет другим покупателям, как вёл себя продавец.',

  'warning.accept-offer.closes.title': 'Согласие закрывает спор навсегда',
  'warning.accept-offer.closes.text':
    'Если принять предложение продавца (например, «Я отправлю повторно»), спор закроется и открыть его снова будет нельзя: если новая посылка не придёт или с ней будет та же проблема, спорить может быть уже не о чем. Так покупатели чаще всего теряют деньги. Соглашайтесь, только если уверены.',
  'warning.accept-offer.settles.title': 'Согласие закрывает спор',
  'warning.accept-offer.settles.refund':
    'Согласившись, вы закрываете спор на условиях: {refund}. Потом потребовать больше будет нельзя, поэтому сначала проверьте сумму.',
  'warning.accept-offer.settles.return':
    'Согласившись, вы закрываете спор с возвратом средств после возврата товара (обратную доставку, возможно, оплатите вы, а отправить товар нужно за {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}). Потом потребовать больше будет нельзя, поэтому сначала проверьте сумму.',
  'warning.accept-offer.settles.returnOf':
    'Согласившись, вы закрываете спор с возвратом {amount} после возврата товара (обратную доставку, возможно, оплатите вы, а отправить товар нужно за {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}). Потом потребовать больше будет нельзя, поэтому сначала проверьте сумму.',
  'warning.cancel-dispute.final.title': 'Отмена сейчас отдаст деньги продавцу',
  'warning.cancel-dispute.final.unknown':
    'Защита покупателя закончилась (или её конец неизвестен): если отменить этот спор, деньги уйдут продавцу, а новый спор открыть будет нельзя.',
  'warning.cancel-dispute.final.ended':
    'Защита покупателя закончилась ({date}): если отменить этот спор, деньги уйдут продавцу, а новый спор открыть будет нельзя.',
  'warning.cancel-dispute.restart.title': 'Отмена прекращает защиту сегодня',
  'warning.cancel-dispute.restart.text':
    'Если отменить спор, сегодняшний день станет датой завершения заказа: защита закончится, а новый спор можно будет открыть только до конца дня {date} ({days, plural, one {# день} few {# дня} many {# дней} other {# дня}}).',
  'warning.confirm-receipt.notArrived.title': 'Не подтверждайте заказ, который не пришёл',
  'warning.confirm-receipt.notArrived.text':
    'Подтверждение получения прекращает защиту покупателя. Продавец, который просит подтвердить до прихода товара, нарушает правила: на него можно пожаловаться.',
  'warning.confirm-receipt.openProblem.title': 'С этим заказом есть нерешённая проблема',
  'warning.confirm-receipt.openProblem.text':
    'Подтверждение получения прекращает защиту покупателя; на спор останется только {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}. Сначала решите проблему.',
  'warning.confirm-receipt.check.title': 'Подтверждение прекращает защиту покупателя',
  'warning.confirm-receipt.check.text':
    'Сначала тщательно проверьте товар. После подтверждения на спор останется {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}.',
  'warning.let-window-lapse.title': 'Когда срок выйдет, спор будет невозможен',
  'warning.let-window-lapse.unknown':
    'Последняя возможность открыть спор истекает через {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} после окончания защиты или подтверждения получения. После этого путь через платформу для этого заказа закрыт.',
  'warning.let-window-lapse.on':
    'Последняя возможность открыть спор истекает {date}. После этого путь через платформу для этого заказа закрыт.',
  'warning.let-window-lapse.passed':
    'Последняя возможность открыть спор истекла {date} (уже прошло). После этого путь через платформу для этого заказа закрыт.',
  'warning.skip-return-shipping.title': 'Отправьте возврат вовремя',
  'warning.skip-return-shipping.text':
    'Согласованный возврат нужно отправить за {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}, иначе деньги получит продавец, а возврат будет потерян.',
  'warning.skip-return-shipping.textBy':
    'Согласованный возврат нужно отправить за {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} (до {date}), иначе деньги получит продавец, а возврат будет потерян.',
  'warning.file-chargeback.platformFirst.title': 'Сначала пройдите путь через платформу',
  'warning.file-chargeback.platformFirst.text':
    'Чарджбэк, оформленный, пока открыт собственный путь споров площадки, может лишить вас её защиты (на некоторых площадках претензия после этого не принимается). Сначала используйте спор; чарджбэк оставьте на случай, если он не поможет.',
  'warning.file-chargeback.provider.title': 'Дальше решает банк или PayPal',
  'warning.file-chargeback.provider.text':
    'Чарджбэк рассматривают банк или PayPal по своим правилам и срокам. Держите под рукой пакет доказательств и историю спора для их вопросов.',

  'refund.missingShare': 'Не хватает {missing} из {quantity} шт., поэтому требуется возврат их доли в цене.',
  'refund.missingShareOf':
    'Не хватает {missing} из {quantity} шт., поэтому требуется возврат их доли в цене ({amount}).',
  'refund.full':
    '{why, select, not_received {Заказ так и не пришёл} all_missing {Из заказа не пришло ничего} other {Товар непригоден для использования}}, поэтому справедливо требовать полный возврат средств.',
  'refund.fullOf':
    '{why, select, not_received {Заказ так и не пришёл} all_missing {Из заказа не пришло ничего} other {Товар непригоден для использования}}, поэтому справедливо требовать полный возврат средств ({amount}).',
  'refund.share': '{percent}% цены',
  'refund.shareOf': '{percent}% цены ({amount})',
  'refund.partialMinor':
    'Товаром можно пользоваться, несмотря на проблему, а за мелкий дефект платформа обычно даёт частичную компенсацию; {share} — разумное предложение, если товар остаётся у вас.',
  'refund.partialAssumed':
    'За дефект, с которым товаром можно пользоваться, платформа обычно даёт частичную компенсацию; {share} — разумное предложение, если товар остаётся у вас. Если товар непригоден для использования, справедливо требовать полный возврат средств.',

  'rule.source': 'Источник: {source}.',
  'rule.era.current': 'действующие правила AliExpress',
  'rule.era.legacy': 'старые страницы справки AliExpress (ок. 2012–16)',
  'rule.era.seller-side': 'правила AliExpress для продавцов',
  'rule.era.one-guide': 'одно руководство для покупателей (ок. 2020–22), нигде больше не подтверждено',
  'rule.era.payment-provider': 'правила платёжной системы',
  'rule.buyer-protection-max-days':
    'Срок защиты покупателя продавец задаёт для каждого заказа, а страница заказа показывает его обратным отсчётом; он заканчивается не позже чем через {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} после отправки.',
  'rule.note.buyer-protection-max-days':
    'Это самое позднее возможное окончание, а не срок этого заказа: откройте страницу заказа, чтобы Buyer Guard прочитал настоящий обратный отсчёт.',
  'rule.protection-after-delivery-days':
    'Когда трек показывает «доставлено», страница заказа показывает, сколько защиты осталось; без этого Buyer Guard считает, что она может сократиться до {days, plural, one {# дня} few {# дней} many {# дней} other {# дня}} после доставки.',
  'rule.note.protection-after-delivery-days': 'Раньше — безопасно; позже — можно потерять возврат.',
  'rule.confirm-receipt-ends-protection':
    'Подтверждение получения прекращает защиту покупателя; остаётся только срок, чтобы открыть спор.',
  'rule.cancelled-dispute-restarts-window':
    'Спор, отменённый во время действия защиты, делает день отмены днём завершения заказа: новый спор можно открыть до конца {days}-го дня после него.',
  'rule.cancel-after-protection-is-final':
    'Отмена спора после окончания защиты отдаёт деньги продавцу; новый спор открыть нельзя.',
  'rule.dispute-opens-after-shipping-days':
    'Кнопка «Открыть спор» появляется с {days}-го дня после отправки заказа продавцом.',
  'rule.note.dispute-opens-after-shipping-days':
    'Продавцам говорят о 10 днях; Buyer Guard берёт более поздний день, чтобы никогда не отправить вас к кнопке, которой ещё нет.',
  'rule.dispute-opens-immediately-below-delivery-days':
    'Если обещанный срок доставки меньше {days, plural, one {# дня} few {# дней} many {# дней} other {# дня}}, спор можно открыть сразу после отправки.',
  'rule.dispute-window-days':
    'Последний день, чтобы открыть спор, наступает через {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} после окончания защиты покупателя или «Подтвердить получение» — смотря что было раньше.',
  'rule.seller-dispute-response-days':
    'У продавца {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} на ответ по спору; иначе предложенный вами возврат выполняется автоматически.',
  'rule.escalation-possible-after-days':
    'Передать спор в AliExpress можно через {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} после его открытия.',
  'rule.note.escalation-possible-after-days': 'Решает всегда кнопка на самой странице спора.',
  'rule.escalation-auto-after-days':
    'Без соглашения спор автоматически переходит к платформе примерно через {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} переговоров.',
  'rule.return-ship-within-days':
    'Согласившись на возврат товара, отправьте его за {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}, иначе деньги получит продавец.',
  'rule.paypal-dispute-window-days':
    'Спор в PayPal нужно открыть не позже чем через {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} после оплаты.',
  'rule.card-chargeback-window-days':
    'Чарджбэк по карте обычно возможен в течение {days, plural, one {# дня} few {# дней} many {# дней} other {# дня}} после оплаты.',
  'rule.note.card-chargeback-window-days': 'У банков правила разные: уточните в своём.',
  'rule.paypal-escalate-to-claim-days':
    'Спор в PayPal нужно перевести в претензию за {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} с открытия, иначе он закроется.',
  'rule.alternative': 'По общему правилу вышло бы {date} ({rule}); для этого заказа действует правило самой страницы.',
  'rule.alternativeBare': 'По общему правилу вышло бы {date}; для этого заказа действует правило самой страницы.',

  'problem.not-received': 'Не получено (задерживается или «доставлено», но ничего не пришло)',
  'problem.damaged': 'Пришло повреждённым',
  'problem.wrong-item': 'Не тот товар',
  'problem.missing-items': 'Не хватает товаров',
  'problem.quality-problem': 'Плохое качество',
  'problem.does-not-work': 'Не работает / брак',
  'problem.not-as-described': 'Не соответствует описанию',
  'problem.counterfeit': 'Подделка',
  'problem.size-colour-mismatch': 'Не тот размер, цвет или модель',
  'problem.empty-package': 'Пустая или неполная посылка',
  'problem.different-shipping-method': 'Отправлено худшим способом доставки',
  'problem.payment-error': 'Оплата не прошла или списана неверно',
  'problem.money-not-credited': 'Оплачено, но заказ числится неоплаченным',
  'problem.refund-not-received': 'Возврат не получен',
  'problem.order-cancelled': 'Отменён, деньги не вернули',
  'problem.pay-outside-platform': 'Продавец просит оплатить в обход AliExpress',
  'problem.confirm-before-arrival': 'Продавец просит подтвердить получение раньше времени',
  'problem.threats-or-rudeness': 'Продавец угрожает или грубит',
  'problem.spam': 'Продавец присылает спам',
  'problem.phishing': 'Продавец прислал фишинговую ссылку',
  'problem.inflated-price': 'Завышенная цена',
  'problem.changed-quantity': 'Продавец изменил количество',
  'problem.changed-shipping-cost': 'Стоимость доставки не как в объявлении',
  'problem.fake-tracking': 'Поддельный трек-номер',
  'problem.account-question': 'Вопрос по аккаунту',
  'problem.group.order': 'Проблема с заказом',
  'problem.group.payment': 'Оплата или возврат',
  'problem.group.misconduct': 'Нарушения продавца',
  'problem.group.account': 'Аккаунт',
  'problem.choice.not-received': 'Не пришло',
  'problem.choice.damaged': 'Пришло повреждённым',
  'problem.choice.not-as-described': 'Не соответствует описанию',
  'problem.choice.missing-items': 'Не хватает товаров',
  'problem.choice.offer': 'Продавец сделал предложение',
  'problem.choice.other': 'Другое',

  'formReason.not-received': 'Не получено',
  'formReason.damaged': 'Повреждённый товар',
  'formReason.not-as-described': 'Не соответствует описанию',
  'formReason.quality-problem': 'Проблема с качеством',
  'formReason.missing-items': 'Проблема с количеством',
  'formReason.wrong-item': 'Не тот товар',
  'formReason.does-not-work': 'Не работает должным образом',
  'formReason.counterfeit': 'Подделка',
  'formReason.size-colour-mismatch': 'Размер/цвет/модель не как в заказе',
  'formReason.empty-package': 'Неполная или пустая посылка',
  'formReason.different-shipping-method': 'Использован другой способ доставки',

  'evidence.tip.light': 'Снимайте при дневном или ярком свете: на тёмном фото или видео проблему не видно.',
  'evidence.tip.focus': 'Держите камеру ровно и наводите фокус на проблему; переснимите всё размытое.',
  'evidence.tip.short': 'Делайте видео короткими и по делу; большие видео перед загрузкой сожмите в zip.',
  'evidence.tip.originals': 'Сохраните исходные файлы: Buyer Guard записывает отпечаток (SHA-256) каждого из них.',
  'evidence.order-page-screenshot.what': 'Скриншот страницы с деталями заказа',
  'evidence.order-page-screenshot.how':
    'Номер заказа, товар, выбранный вариант, цена, дата и статус заказа на одном скриншоте.',
  'evidence.listing-screenshot.what': 'Скриншот страницы товара на момент заказа',
  'evidence.listing-screenshot.how':
    'Название, фото, описание или характеристики, на которые вы ориентировались, и выбранный вариант.',
  'evidence.listing-screenshot.how.inflated-price':
    'Указанная цена (и любая зачёркнутая «исходная» цена) с видимой датой.',
  'evidence.listing-screenshot.how.changed-shipping-cost':
    'Стоимость доставки в вашу страну, указанная на странице товара.',
  'evidence.seller-chat-screenshot.what': 'Скриншоты переписки с продавцом',
  'evidence.seller-chat-screenshot.how': 'Видны даты, название магазина и что было сказано; сохраняйте все скриншоты.',
  'evidence.label-weight-photo.what': 'Фото транспортной этикетки с заявленным весом и посылки на весах',
  'evidence.label-weight-photo.how': 'Этикетка читается (трек-номер и вес); табло весов и посылка на одном снимке.',
  'evidence.unboxing-video.what': 'Видео распаковки посылки',
  'evidence.unboxing-video.how': 'Один непрерывный дубль от закрытой посылки (этикетка видна) до содержимого.',
  'evidence.tracking-screenshot.what': 'Скриншот истории отслеживания',
  'evidence.tracking-screenshot.how':
    'Весь список событий с датами: нет доставки, трек застыл или странный, или «доставлено» в другое место.',
  'evidence.tracking-screenshot.how.fake-tracking':
    'Показывает, что номер неизвестен перевозчику или относится к другому городу или стране.',
  'evidence.tracking-number.what': 'Трек-номер и перевозчик',
  'evidence.tracking-number.how':
    'Со страницы отслеживания заказа; проверьте также сайт перевозчика и сделайте скриншот того, что он показывает.',
  'evidence.customs-papers.what': 'Таможенные документы, если посылку задержала таможня',
  'evidence.customs-papers.how': 'Уведомление или письмо таможни, все страницы, читаемо.',
  'evidence.damage-photos.what': 'Фото повреждений с разных сторон',
  'evidence.damage-photos.how':
    'Общий снимок всего товара, затем крупный план каждого повреждённого места; при дневном свете, в фокусе.',
  'evidence.packaging-photos.what': 'Фото упаковки в том виде, в каком она пришла',
  'evidence.packaging-photos.how':
    'Внешняя коробка и внутренний наполнитель, все смятые или порванные места, с видимой транспортной этикеткой.',
  'evidence.item-next-to-order.what': 'Полученный товар рядом с деталями заказа',
  'evidence.item-next-to-order.how':
    'Товар и страница заказа (на экране или распечатанная) на одном снимке, чтобы разница была очевидна.',
  'evidence.item-label-photo.what': 'Фото этикетки или номера модели полученного товара',
  'evidence.item-label-photo.what.does-not-work': 'Фото шильдика модели или серийного номера',
  'evidence.item-label-photo.how': 'Крупный план, читаемо.',
  'evidence.contents-photo.what': 'Фото всего содержимого посылки, разложенного рядом',
  'evidence.contents-photo.how':
    'Всё, что пришло, пересчитано и разложено рядом, возле деталей заказа с заказанным количеством.',
  'evidence.defect-video.what': 'Видео с дефектом',
  'evidence.defect-video.how':
    'Хороший свет, без тряски; покажите весь товар, затем дефект крупно; скажите или подпишите, что не так.',
  'evidence.defect-photos.what': 'Фото дефекта крупным планом',
  'evidence.defect-photos.how': 'В фокусе, с предметом для масштаба, если это помогает.',
  'evidence.not-working-video.what': 'Видео, где товар не работает',
  'evidence.not-working-video.how':
    'Подготовьте его по инструкции (заряжен, подключён, включён) и покажите неисправность одним дублем.',
  'evidence.differences-photos.what': 'Фото или видео каждого отличия от объявления',
  'evidence.differences-photos.how': 'Один снимок на каждое отличие; перечислите отличия в описании в том же порядке.',
  'evidence.brand-details-photos.what': 'Фото логотипов, этикеток, серийных номеров и упаковки',
  'evidence.brand-details-photos.how':
    'Крупные планы, по которым видно подделку (ошибка в названии бренда, нет голограммы, неверный формат серийного номера).',
  'evidence.ruler-photo.what': 'Товар, разложенный рядом с линейкой или рулеткой',
  'evidence.ruler-photo.how':
    'Измерьте тот размер, что указан в таблице размеров (например, ширину груди, длину); цифры на линейке должны читаться.',
  'evidence.size-label-photo.what': 'Фото ярлыка с размером',
  'evidence.size-label-photo.how': 'Крупный план, читаемо.',
  'evidence.size-chart-screenshot.what': 'Скриншот таблицы размеров из объявления и выбранного варианта',
  'evidence.size-chart-screenshot.how': 'Строка вашего размера видна.',
  'evidence.package-photos.what': 'Фото посылки со всех сторон, вскрытой и пустой (или неполной)',
  'evidence.package-photos.how': 'Покажите пломбы и любые следы вскрытия, а также то, что было внутри.',
  'evidence.tracking-carrier-screenshot.what': 'Скриншот трека с перевозчиком, которым на самом деле отправили',
  'evidence.tracking-carrier-screenshot.how': 'Видны название перевозчика и трек-номер.',
  'evidence.chosen-shipping-screenshot.what': 'Скриншот выбранного и оплаченного способа доставки',
  'evidence.chosen-shipping-screenshot.how': 'Из деталей заказа: название способа и стоимость доставки.',
  'evidence.payment-record.what': 'Строка из банковской выписки или выписки по карте, или чек об оплате',
  'evidence.payment-record.how': 'Видны сумма, дата и получатель; скройте посторонние строки.',
  'evidence.payment-record.what.money-not-credited': 'Подтверждение оплаты',
  'evidence.payment-record.how.money-not-credited':
    'Строка из банковской выписки или выписки по карте, или чек об оплате — с суммой и датой.',
  'evidence.refund-record.what': 'Скриншот возврата на странице заказа или спора',
  'evidence.refund-record.how': 'Видны сумма, дата и статус возврата.',
  'evidence.statement-without-refund.what': 'Выписка по счёту или карте с даты возврата',
  'evidence.statement-without-refund.how': 'Показывает, что возврат не пришёл; скройте посторонние строки.',
  'evidence.cancellation-screenshot.what': 'Скриншот отменённого заказа и статуса возврата',
  'evidence.cancellation-screenshot.how': 'Видны номер заказа, дата отмены и статус возврата.',
  'evidence.misconduct-chat-screenshot.how': 'Сообщение, его дата и название магазина на одном скриншоте.',
  'evidence.misconduct-chat-screenshot.what.pay-outside-platform':
    'Скриншот сообщения продавца с просьбой оплатить в обход AliExpress',
  'evidence.misconduct-chat-screenshot.what.confirm-before-arrival':
    'Скриншот, где продавец просит подтвердить получение до прихода товара',
  'evidence.misconduct-chat-screenshot.what.threats-or-rudeness': 'Скриншоты сообщений с угрозами или грубостью',
  'evidence.misconduct-chat-screenshot.how.threats-or-rudeness': 'Все сообщения, с датами и названием магазина.',
  'evidence.misconduct-chat-screenshot.what.spam': 'Скриншоты спам-сообщений',
  'evidence.misconduct-chat-screenshot.how.spam': 'С датами и названием магазина-отправителя.',
  'evidence.misconduct-chat-screenshot.what.phishing': 'Скриншот фишингового сообщения или ссылки',
  'evidence.misconduct-chat-screenshot.how.phishing':
    'Не открывайте ссылку; сделайте скриншот сообщения с датой и отправителем.',
  'evidence.carrier-site-screenshot.what': 'Скриншот сайта самого перевозчика по тому же номеру',
  'evidence.carrier-site-screenshot.how': 'Видны номер и ответ перевозчика.',

  'complaint.ipr': 'Защита интеллектуальной собственности (подделки)',
  'complaint.prohibited': 'Товары с ограничениями или запрещённые товары',
  'complaint.trading-rules': 'Нарушение правил торговли',
  'complaint.search-price-manipulation': 'Манипуляции с ценами и категориями / нарушения, связанные с поиском',
  'complaint.other': 'Другое',
  'complaint.sub.weapons': 'Оружие и наступательные средства',
  'complaint.sub.hazardous-chemicals': 'Горючие, взрывчатые и опасные химикаты',
  'complaint.sub.medical': 'Лекарства и медицинские изделия',
  'complaint.sub.illegal-tools': 'Программы, инструменты или устройства для незаконных целей',
  'complaint.sub.illicit-drugs': 'Наркотики, прекурсоры и принадлежности',
  'complaint.sub.adult': 'Непристойные материалы и материалы для взрослых',
  'complaint.sub.human-parts-flora-fauna': 'Останки человека, охраняемые растения и животные',
  'complaint.sub.other-prohibited': 'Прочие запрещённые товары',
  'complaint.sub.wrong-category': 'Неверная категория',
  'complaint.sub.wrong-five-category-posting': 'Неверное размещение в пяти категориях',
  'complaint.sub.incorrect-measuring-units': 'Неверные единицы измерения',
  'complaint.sub.prices-too-low': 'Слишком низкие цены',
  'complaint.sub.sku-infringements': 'Нарушения с SKU',
  'complaint.sub.shipping-cost-mismatch': 'Реальная стоимость доставки не совпадает с указанной',
  'complaint.sub.duplicate-listings': 'Дублирующиеся объявления',
  'complaint.sub.incorrect-category-title': 'Неверное название категории',
  'complaint.sub.prices-too-high': 'Слишком высокие цены',
  'complaint.category': '{category} — {subType}',
  'complaint.note.ipr':
    'Подают правообладатели через отдельный аккаунт (документы рассматривают ~{documents} раб. дн., жалобу — ~{complaint}). Покупатель, получивший подделку, открывает спор с причиной «Подделка».',
  'complaint.note.trading-rules':
    'Оплата в обход платформы, подтверждение получения до прихода товара, угрозы или грубость.',
  'complaint.note.other':
    'Спам и фишинг (у фишинга нет своей формы). На оскорбительный отзыв можно пожаловаться в течение {days, plural, one {# дня} few {# дней} many {# дней} other {# дня}} после отзыва.',
  'complaint.note.tradingOnNewForm':
    'В новой форме жалобы нет пункта «Нарушение правил торговли»: пожалуйтесь в разделе «Другое» и откройте спор по любой проблеме с заказом.',
  'complaint.note.fakeTrackingOnNewForm':
    'В новой форме жалобы нет пункта «Нарушение правил торговли»: пожалуйтесь в разделе «Другое» и откройте спор по любой проблеме с заказом. Поддельный трек-номер — основание для спора «Не получено».',
  'complaint.note.pay-outside-platform': 'Просьба оплатить в обход платформы нарушает правила торговли.',
  'complaint.note.confirm-before-arrival':
    'Давить, чтобы покупатель нажал «Подтвердить получение» до прихода товара, — нарушение правил торговли.',
  'complaint.note.threats-or-rudeness': 'Угрозы и грубость нарушают правила торговли.',
  'complaint.note.changed-quantity': 'Изменение количества после заказа нарушает правила торговли.',
  'complaint.note.fake-tracking': 'Поддельный трек-номер нарушает правила торговли; откройте также спор «Не получено».',
  'complaint.note.spam': 'На спам жалуются в разделе «Другое».',
  'complaint.note.phishing': 'У фишинга нет своей формы: используйте «Другое».',
  'complaint.note.inflated-price': 'Завышенная цена — это манипуляция с ценой.',
  'complaint.note.changed-shipping-cost': 'Доставка оплачена иначе, чем указано в объявлении.',
};
