import type { ListMessages } from '../en/list';

export const list: ListMessages = {
  'list.settings': 'Настройки',
  'list.footer': 'Ваши заказы и доказательства остаются на этом устройстве.',
  'list.loading': 'Загрузка…',
  'list.title': 'Заказы',
  'list.openMyOrders': 'Открыть «Мои заказы»',
  'list.openMyOrders.newTab': 'Открыть «Мои заказы» на AliExpress (новая вкладка)',

  'list.filter.legend': 'Показать только',
  'list.filter.overdue': 'Просрочено ({count, number})',
  'list.filter.urgent': 'Срочно ({count, number})',
  'list.filter.soon': 'Скоро ({count, number})',
  'list.filter.upcoming': 'Впереди ({count, number})',
  'list.search.label': 'Поиск заказов',
  'list.search.placeholder': 'Товар, магазин или номер заказа',
  'list.status.label': 'Статус',
  'list.status.any': 'Любой статус',
  'list.store.label': 'Магазин',
  'list.store.any': 'Любой магазин',
  'list.disputesOnly': 'Только споры',
  'list.noMatch': 'Ни один заказ не подходит под эти фильтры.',
  'list.empty.title': 'Заказов пока нет',
  'list.empty.text':
    'Откройте «Мои заказы» на AliExpress: Buyer Guard прочитает заказы на странице и покажет здесь их сроки.',
  'list.count': '{count, plural, one {# заказ} few {# заказа} many {# заказов} other {# заказа}}',

  'list.item.items': '{count, plural, one {# товар} few {# товара} many {# товаров} other {# товара}}',
  'list.item.more': '+ ещё {count, plural, one {#} few {#} many {#} other {#}}',
  'list.item.noTitle': 'Товар ещё не прочитан',
  'list.item.noStore': 'Магазин ещё не прочитан',
  'list.item.dispute': 'Спор',
  'list.item.noDeadline': 'Нет сроков для отслеживания',
  'list.urgency.overdue': 'Просрочено',
  'list.urgency.urgent': 'Срочно',
  'list.urgency.soon': 'Скоро',
  'list.urgency.upcoming': 'Впереди',
  'list.urgency.none': 'Не к спеху',
  'list.chip.title': '{urgency} · {source}',

  'order.status.awaiting-payment': 'Ожидает оплаты',
  'order.status.awaiting-shipment': 'Ожидает отправки',
  'order.status.shipped': 'Отправлен',
  'order.status.delivered': 'Доставлен',
  'order.status.completed': 'Завершён',
  'order.status.closed': 'Закрыт',
  'order.status.unknown': 'Статус ещё не прочитан',

  'list.page.order-list': '«Мои заказы»',
  'list.page.order-detail': 'страница заказа',
  'list.page.tracking': 'страница отслеживания',
  'list.page.dispute': 'возвраты и споры',
  'list.page.unknown': 'страница AliExpress',
  'list.when.justNow': 'только что',
  'list.status.read':
    'Прочитано {when}: {page}, {count, plural, one {# заказ} few {# заказа} many {# заказов} other {# заказа}}',
  'list.status.failed': 'Не удалось прочитать ({when}): {page} — {reason}',
  'list.status.seen': 'Открыто {when}: {page}',
  'list.status.none':
    'Страницы заказов AliExpress ещё не прочитаны. Откройте «Мои заказы» на AliExpress, чтобы начать.',
  'list.status.error': 'Фоновая часть Buyer Guard не ответила: {error}',
  'list.status.noAnswer': 'Фоновая часть Buyer Guard не ответила. Закройте это окно и откройте его снова.',
  'list.failure.not-a-buyer-page': 'это не страница заказа.',
  'list.failure.layout-not-recognised': 'её оформление Buyer Guard ещё не знает.',
  'list.failure.not-signed-in': 'вы не вошли в аккаунт.',
  'list.failure.empty': 'на ней нет заказов.',
  'list.failure.verification-required':
    'AliExpress сначала просит пройти проверку «я не робот»; заказы прочитаются, как только появятся.',

  'list.report.partly':
    '{count, plural, one {Не удалось прочитать # сведение.} few {Не удалось прочитать # сведения.} many {Не удалось прочитать # сведений.} other {Не удалось прочитать # сведения.}}',
  'list.report.save': 'Сохранить отчёт',
  'list.report.privacy':
    'Отчёт показывает, как устроена страница, а не ваши заказы, имена или адреса. Ничего не отправляется.',
  'list.report.none': 'Отчёт для этой страницы не сохранён: откройте её снова и подождите несколько секунд.',
  'list.report.failed': 'Не удалось сохранить отчёт.',

  'list.note.notStored': 'Buyer Guard не смог сохранить это чтение; всё сохранённое ранее не изменилось.',
  'list.note.dropped':
    '{count, plural, one {# заказ не сохранён} few {# заказа не сохранены} many {# заказов не сохранены} other {# заказа не сохранены}}: страница дала значение, которое Buyer Guard не может использовать (заказ {orderId}: {why}).',
  'list.note.shortened':
    '{count, plural, one {# текст на странице оказался длиннее, чем хранит Buyer Guard, и был сокращён.} few {# текста на странице оказались длиннее, чем хранит Buyer Guard, и были сокращены.} many {# текстов на странице оказались длиннее, чем хранит Buyer Guard, и были сокращены.} other {# текста на странице оказались длиннее, чем хранит Buyer Guard, и были сокращены.}}',
  'list.note.tooManyReadings':
    'Эта страница менялась быстрее, чем кто-либо может её прочитать: Buyer Guard приостановил чтение на минуту. Ничего сохранённого не потеряно; после паузы он прочитает страницу снова.',
  'list.note.tooManyNewOrders':
    '{count, plural, one {# новый заказ не сохранён} few {# новых заказа не сохранены} many {# новых заказов не сохранены} other {# новых заказа не сохранены}}: за минуту страница показала больше новых заказов, чем Buyer Guard берёт с одной страницы. Ничего сохранённого не потеряно; через минуту он прочитает страницу снова.',
  'list.note.tooManyOrders':
    '{count, plural, one {# новый заказ не сохранён} few {# новых заказа не сохранены} many {# новых заказов не сохранены} other {# новых заказа не сохранены}}: Buyer Guard уже хранит столько заказов, сколько может. Ничего сохранённого не потеряно; удалите ненужные заказы, чтобы освободить место.',
  'list.note.disagreement':
    'Заказ {orderId}: на странице {shown}, а в её данных {data} ({what}). Buyer Guard берёт более раннюю дату; проверьте заказ на AliExpress.',

  'list.storage.title': 'Buyer Guard не смог сохранить: в браузере закончилось место.',
  'list.storage.text':
    'Последнее изменение (в {time}) не сохранено; всё сохранённое ранее цело. Освободите место на диске или удалите старые доказательства и на всякий случай экспортируйте резервную копию.',

  'welcome.title': 'Добро пожаловать в Buyer Guard',
  'welcome.lead':
    'Buyer Guard помогает вам на страницах заказов AliExpress, чтобы ни один возврат денег не пропал из-за пропущенного срока или слабых доказательств.',
  'welcome.does.title': 'Что он делает',
  'welcome.does.read':
    'Читает ваши заказы, когда вы открываете «Мои заказы», заказ, его отслеживание или спор: статус, обратный отсчёт защиты и каждую дату, которую указывает страница.',
  'welcome.does.badge':
    'Ставит рядом с каждым заказом значок с самой важной датой; по щелчку видно, что делать дальше.',
  'welcome.does.remind': 'Напоминает до окончания срока и шаг за шагом ведёт через спор.',
  'welcome.does.evidence':
    'Собирает фото, видео и снимки экрана как доказательства и проверяет их по ограничениям формы.',
  'welcome.device.title': 'Что остаётся на этом устройстве',
  'welcome.device.text':
    'Всё: ваши заказы, сроки, заметки и доказательства хранятся только в этом браузере. У Buyer Guard нет сервера и аккаунта, он никуда ничего не отправляет. В настройках можно экспортировать резервную копию или удалить всё.',
  'welcome.start.title': 'Начать',
  'welcome.start.text':
    'Откройте «Мои заказы» на AliExpress (войдя в аккаунт). Buyer Guard прочитает заказы на странице; затем нажмите на его значок на панели инструментов, чтобы их увидеть.',
};
