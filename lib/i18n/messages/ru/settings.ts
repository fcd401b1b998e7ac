import type { SettingsMessages } from '../en/settings';

export const settings: SettingsMessages = {
  'settings.title': 'Настройки Buyer Guard',
  'settings.about':
    'Версия {version}. Buyer Guard хранит все данные в этом профиле браузера и ничего никуда не отправляет.',
  'settings.loading': 'Загрузка…',

  'settings.language.title': 'Язык',
  'settings.language.label': 'Язык Buyer Guard',
  'settings.language.auto': 'Как в браузере ({language})',
  'settings.language.note':
    'Тексты для AliExpress (сообщения продавцу, описания споров) остаются на английском, как требует платформа; их версия на вашем языке показана рядом.',

  'settings.reminders.title': 'Напоминания',
  'settings.reminders.enabled': 'Напоминать до окончания срока',
  'settings.reminders.when': 'Напоминать',
  'settings.reminders.daysBefore': '{count, plural, one {за # день} few {за # дня} many {за # дней} other {за # дня}}',
  'settings.reminders.hoursBefore':
    '{count, plural, one {за # час} few {за # часа} many {за # часов} other {за # часа}}',
  'settings.quiet.title': 'Тихие часы',
  'settings.quiet.explain':
    'Напоминание, выпавшее на ночь, ждёт окончания тихих часов, но никогда не позже своего срока.',
  'settings.quiet.enabled': 'Не беспокоить ночью',
  'settings.quiet.from': 'С',
  'settings.quiet.until': 'До',
  'settings.reminders.kinds': 'Напоминать о сроках',

  'settings.rules.title': 'Правила и оплата',
  'settings.payment.label': 'Как вы обычно платите на AliExpress?',
  'settings.payment.unknown': 'Не знаю или по-разному',
  'settings.payment.paypal': 'Через PayPal',
  'settings.payment.card': 'Банковской картой',
  'settings.payment.help':
    'Если AliExpress не вернёт деньги, ещё могут помочь PayPal (в течение 180 дней) или ваш банк (чарджбэк, обычно в течение 180 дней): тогда Buyer Guard следит и за этим сроком.',
  'settings.complaints.label': 'Какую форму жалобы вы видите на AliExpress?',
  'settings.complaints.current': 'Текущую форму',
  'settings.complaints.legacy': 'Старую форму с пунктом «Нарушение правил торговли»',
  'settings.timings.title': 'Сроки',
  'settings.timings.intro':
    'Buyer Guard использует самые новые значения, которые публикует AliExpress. Меняйте их, только если страницы, которые вы видите, говорят иное. Обратный отсчёт или дата на странице заказа всегда важнее.',
  'settings.rule.days': '{count, plural, one {# день} few {# дня} many {# дней} other {# дня}}',
  'settings.rule.recommended': '{value} (рекомендуется)',
  'settings.rule.details': 'Подробнее',
  'settings.rule.detailLine': '{value}: {source}',
  'settings.rule.buyer-protection-max-days':
    'Сколько максимум может длиться защита покупателя после отправки; используется, только если на странице заказа нет обратного отсчёта',
  'settings.rule.protection-after-delivery-days':
    'Сколько защиты остаётся, когда отслеживание пишет «доставлено», если страница заказа об этом молчит',
  'settings.rule.dispute-opens-after-shipping-days': 'Через сколько дней после отправки можно открыть спор',
  'settings.rule.seller-dispute-response-days': 'Сколько времени у продавца на ответ по вашему спору',
  'settings.rule.escalation-auto-after-days':
    'Сколько времени без согласия проходит, прежде чем AliExpress вмешается сам (считая от первого ответа продавца)',
  'settings.rule.escalation-possible-after-days':
    'Через сколько дней после открытия спора можно попросить AliExpress вмешаться',
  'settings.rule.platform-decision-days': 'Сколько времени AliExpress принимает решение после того, как вмешался',
  'settings.era.current': 'текущие правила и страницы помощи AliExpress',
  'settings.era.help-centre-2020': 'страницы помощи AliExpress примерно 2020–22 годов',
  'settings.era.guide-2019': 'руководства для покупателей 2019 года',
  'settings.era.redesign-2017': 'обновление споров 2017 года',
  'settings.era.legacy': 'старые страницы помощи AliExpress (примерно 2012–16 годы)',
  'settings.era.seller-side': 'правила для продавцов',
  'settings.era.regional': 'старое значение для одной страны',
  'settings.era.regional.ru': 'старое значение для России',
  'settings.era.regional.br': 'старое значение для Бразилии',
  'settings.era.one-guide': 'одно руководство для покупателей, нигде больше не подтверждённое',
  'settings.era.payment-provider': 'правила платёжной системы',
  'settings.era.other-marketplace': 'правило другой торговой площадки',
  'settings.era.buyer-guard': 'выбор Buyer Guard (ни один источник не даёт значения)',
  'settings.rule.note.protection-after-delivery-days':
    'Текущие страницы помощи не называют числа: остаток показывает сама страница. Меньшее значение — безопасное: действовать рано ничего не стоит, а опоздание лишает возврата денег.',
  'settings.rule.note.escalation-possible-after-days':
    'Решает всегда кнопка «Обжаловать» на странице спора; здесь задаётся лишь, когда Buyer Guard её ожидает.',

  'settings.data.title': 'Ваши данные',
  'settings.data.intro':
    'Всё хранится в этом профиле браузера. Резервная копия — единственная копия где-то ещё: храните её надёжно.',
  'settings.data.exportJson': 'Экспортировать резервную копию (JSON)',
  'settings.data.exportZip': 'Экспортировать копию с доказательствами (ZIP)',
  'settings.data.exportCsv': 'Экспортировать заказы в таблицу (CSV)',
  'settings.data.preparingJson': 'Готовим резервную копию…',
  'settings.data.savedJson':
    'Резервная копия сохранена (заказы, журнал, настройки; для файлов доказательств нужен ZIP).',
  'settings.data.preparingZip': 'Упаковываем копию с доказательствами…',
  'settings.data.savedZip': 'Копия с доказательствами сохранена.',
  'settings.data.preparingCsv': 'Записываем таблицу…',
  'settings.data.savedCsv':
    '{count, plural, one {В таблицу записан # заказ.} few {В таблицу записано # заказа.} many {В таблицу записано # заказов.} other {В таблицу записано # заказа.}}',
  'settings.import.title': 'Импортировать резервную копию',
  'settings.import.merge': 'Добавить к тому, что есть (побеждает более новая копия заказа)',
  'settings.import.replace': 'Заменить всё, что есть, резервной копией',
  'settings.import.file': 'Файл резервной копии (.json или .zip)',
  'settings.import.checking': 'Проверяем {name}…',
  'settings.import.failed': 'Ничего не изменено. {error}',
  'settings.import.done':
    'Импортировано: {orders, plural, one {# заказ} few {# заказа} many {# заказов} other {# заказа}}, {journal, plural, one {# запись журнала} few {# записи журнала} many {# записей журнала} other {# записи журнала}} и {evidence, plural, one {# файл доказательств} few {# файла доказательств} many {# файлов доказательств} other {# файла доказательств}}.',
  'settings.import.urlsRemoved':
    '{count, plural, one {# ссылка из копии вела не на AliExpress и была пропущена.} few {# ссылки из копии вели не на AliExpress и были пропущены.} many {# ссылок из копии вели не на AliExpress и были пропущены.} other {# ссылки из копии вели не на AliExpress и были пропущены.}}',
  'settings.import.keptBeside':
    '{count, plural, one {# файл доказательств из копии назывался так же, как другой файл здесь: он добавлен рядом, здешний файл не изменён.} few {# файла доказательств из копии назывались так же, как другие файлы здесь: они добавлены рядом, здешние файлы не изменены.} many {# файлов доказательств из копии назывались так же, как другие файлы здесь: они добавлены рядом, здешние файлы не изменены.} other {# файла доказательств из копии назывались так же, как другие файлы здесь: они добавлены рядом, здешние файлы не изменены.}}',
  'settings.import.error.empty': 'Файл пуст.',
  'settings.import.error.damagedZip': 'Файл повреждён: это не читаемый ZIP-архив.',
  'settings.import.error.tooBig': 'Архив распаковывается в больший объём, чем Buyer Guard может импортировать за раз.',
  'settings.import.error.lyingEntry': 'Файл повреждён: запись архива содержит больше, чем указано в её заголовке.',
  'settings.import.error.zipWithoutBackup': 'Этот ZIP не является резервной копией Buyer Guard (в нём нет {name}).',
  'settings.import.error.notJson':
    'Файл не является резервной копией Buyer Guard: это не корректный JSON (возможно, он повреждён или обрезан).',
  'settings.import.error.notBackup': 'Этот файл не является резервной копией Buyer Guard.',
  'settings.import.error.newer':
    'Эта копия создана более новой версией Buyer Guard. Обновите расширение, затем импортируйте её.',
  'settings.import.error.damaged': 'Резервная копия повреждена ({detail}).',
  'settings.import.error.evidenceMissing': 'В копии указано доказательство «{name}», но его файла нет.',
  'settings.import.error.evidenceChecksum':
    'Доказательство «{name}» не совпадает со своей контрольной суммой: копия повреждена.',
  'settings.import.error.uploadMissing': 'Под этим идентификатором ничего не загружено.',
  'settings.import.error.uploadIncomplete': 'Загрузка не завершена (получено частей: {arrived} из {total}).',
  'settings.delete.title': 'Удалить все данные',
  'settings.delete.label': 'Введите «{phrase}», чтобы удалить все заказы, записи журнала и файлы доказательств',
  'settings.delete.phrase': 'удалить всё',
  'settings.delete.button': 'Удалить все данные',
  'settings.delete.busy': 'Удаляем…',
  'settings.delete.done': 'Все данные Buyer Guard на этом устройстве удалены.',

  'csv.orderId': 'Номер заказа',
  'csv.orderedOn': 'Дата заказа',
  'csv.status': 'Статус',
  'csv.statusText': 'Статус (как на странице)',
  'csv.store': 'Магазин',
  'csv.items': 'Товары',
  'csv.total': 'Сумма',
  'csv.currency': 'Валюта',
  'csv.nextDeadline': 'Ближайший срок',
  'csv.due': 'Срок (день или момент в UTC)',
  'csv.dueSource': 'Источник срока',
  'csv.dispute': 'Спор',
  'csv.trackingNumber': 'Трек-номер',
  'csv.carrier': 'Перевозчик',
  'csv.lastSeen': 'Последний просмотр (UTC)',

  'settings.permissions.title': 'Что Buyer Guard может делать в вашем браузере',
  'settings.permissions.intro': 'Каждое разрешение и зачем оно нужно Buyer Guard. Больше ничего не запрашивается.',
  'settings.permission.storage':
    'Хранить данные: ваши заказы, сроки и доказательства хранятся в этом браузере и больше нигде.',
  'settings.permission.alarms': 'Просыпаться перед сроком, чтобы ни одно напоминание не пропало.',
  'settings.permission.notifications': 'Показывать напоминания: что истекает, по какому заказу и что делать дальше.',
  'settings.permission.activeTab':
    'Делать снимок вкладки AliExpress, на которой вы открыли Buyer Guard, когда вы просите об этом в разделе доказательств.',
  'settings.permission.sidePanel': 'Открывать руководство в боковой панели браузера, рядом со страницей AliExpress.',
  'settings.permission.sites':
    'Читать открытые вами страницы заказов, отслеживания и споров AliExpress (и ничего больше) и показывать на них значки со сроками.',
};
