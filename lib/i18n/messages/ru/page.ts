import type { PageMessages } from '../en/page';

export const page: PageMessages = {
  'page.badge.nothingDue': 'Отслеживается — без срока',
  'page.badge.noDeadline': 'Для этого заказа срок неизвестен.',
  'page.badge.overdue': 'Просрочено: {text}',
  'page.badge.action': 'Buyer Guard, заказ {orderId}: показать следующий шаг',
  'page.badge.label': '{text}, {left} ({source}). {action}',
  'page.badge.labelWithUrgency': '{text}, {left} ({source}) — {urgency}. {action}',
  'page.badge.labelNoDeadline': '{text}. {action}',
  'page.panel.brand': 'Buyer Guard · заказ {orderId}',
  'page.panel.openGuide': 'Открыть руководство',
  'page.panel.close': 'Закрыть',
  'page.panel.guideFailed': 'Не удалось открыть руководство. Откройте Buyer Guard с панели инструментов браузера.',
  'page.panel.notTracked.title': 'Ещё не отслеживается',
  'page.panel.notTracked.why': 'Buyer Guard ещё не сохранил этот заказ.',
  'page.notice.notRead': 'Buyer Guard не смог прочитать эту страницу: её вёрстка для Buyer Guard новая.',
  'page.notice.partlyRead':
    '{count, plural, one {Buyer Guard прочитал эту страницу, но # сведение прочитать не удалось.} few {Buyer Guard прочитал эту страницу, но # сведения прочитать не удалось.} many {Buyer Guard прочитал эту страницу, но # сведений прочитать не удалось.} other {Buyer Guard прочитал эту страницу, но # сведения прочитать не удалось.}}',
  'page.notice.privacy':
    'Отчёт показывает, как устроена страница, а не ваши заказы, имена или адреса. Ничего не отправляется.',
  'page.notice.save': 'Сохранить отчёт',
  'page.notice.dismiss': 'Скрыть',
  'page.capture.tab-gone': 'Вкладка AliExpress закрыта, снимать нечего.',
  'page.capture.no-access':
    'Buyer Guard не может снять эту вкладку: страница в ней сменилась с тех пор, как вы нажали там значок Buyer Guard, или значок был нажат на другой вкладке.',
  'page.capture.not-marketplace':
    'Эта вкладка больше не показывает страницу AliExpress, поэтому Buyer Guard её не снимает.',
  'page.capture.capture-failed': 'Браузер отказался делать снимок вкладки.',
  'page.capture.withDetail': '{message} ({detail})',
};
