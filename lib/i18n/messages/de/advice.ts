import type { AdviceMessages } from '../en/advice';

export const advice: AdviceMessages = {
  'advice.dated': '{date} ({note})',
  'advice.source.page': 'laut Bestellseite',
  'advice.source.page-rule': 'nach der Regel auf der Bestellseite',
  'advice.source.estimate': 'geschätzt',
  'advice.refund.any': 'eine Erstattung',
  'advice.refund.full': 'eine volle Erstattung',
  'advice.refund.fullOf': 'eine volle Erstattung von {amount}',
  'advice.refund.partial': 'eine Teilerstattung',
  'advice.refund.partialOf': 'eine Teilerstattung von {amount}',
  'advice.refundRange': '{min}–{max} Werktagen',
  'advice.listSeparator': '; ',

  'advice.account-question.title': 'Frag den Kundenservice',
  'advice.account-question.why':
    'Fragen zum Konto und allgemeine Fragen gehen an den Kundenservice (den KI-Assistenten, manchmal eine Person); bei Problemen mit Bestellungen hilft er wenig, die laufen über einen Streitfall.',
  'advice.report-misconduct.title': 'Melde den Verkäufer',
  'advice.report-misconduct.why':
    'Fehlverhalten eines Verkäufers meldest du im Beschwerdezentrum (oder über „Artikel melden“ auf der Produktseite), Kategorie „{category}“.',
  'advice.report-misconduct.offPlatform':
    'Bezahl nie außerhalb der Plattform: Zahlungen außerhalb von AliExpress sind nicht durch den Käuferschutz gedeckt.',
  'advice.report-misconduct.follow':
    'Mach von jeder Nachricht einen Screenshot; Meldungen verfolgst du unter „Meine Meldungen“, eine feste Bearbeitungszeit gibt es nicht.',
  'advice.report-misconduct.followFixed':
    'Mach von jeder Nachricht einen Screenshot; Meldungen verfolgst du unter „Meine Meldungen“.',
  'advice.refund-in-transit.title': 'Warte, bis die Erstattung ankommt',
  'advice.refund-in-transit.why':
    'Eine Erstattung kommt innerhalb von {range} auf dem Konto an, mit dem du bezahlt hast; ab der Erstattung gerechnet also bis zum {date}. Banken können ein paar Tage länger brauchen.',
  'advice.refund-overdue.title': 'Frag den Kundenservice, wo die Erstattung bleibt',
  'advice.refund-overdue.why':
    'Eine Erstattung kommt normalerweise innerhalb von {range}. Frag den Kundenservice nach der Referenz der Erstattung und prüf dann bei deiner Bank.',
  'advice.refund-overdue.whyBy':
    'Eine Erstattung kommt normalerweise innerhalb von {range} (hier bis zum {date}). Frag den Kundenservice nach der Referenz der Erstattung und prüf dann bei deiner Bank.',
  'advice.payment-problem.title': 'Wende dich wegen der Zahlung an den Kundenservice',
  'advice.payment-problem.why':
    'Zahlungsfehler und nicht gutgeschriebenes Geld klärt der Kundenservice, nicht ein Streitfall mit dem Verkäufer. Halte den Kontoauszug oder den Beleg bereit.',

  'advice.return-window-missed.title': 'Frag jetzt den Kundenservice nach der Rücksendung',
  'advice.return-window-missed.why':
    'Die vereinbarte Rücksendung musste bis zum {date} verschickt werden; danach wird normalerweise der Verkäufer bezahlt. Wenn du sie verschickt hast, trag sofort die Sendungsnummer im Streitfall ein; wenn nicht, frag den Kundenservice, ob sie noch angenommen werden kann.',
  'advice.ship-return.title': 'Verschick die Rücksendung und trag ihre Sendungsnummer ein',
  'advice.ship-return.why':
    'Ist eine Rücksendung vereinbart, muss sie innerhalb von {days} Tagen verschickt werden, sonst wird der Verkäufer bezahlt. Nutz einen Versand mit Sendungsverfolgung, heb den Beleg auf und trag die Sendungsnummer im Streitfall ein.',
  'advice.ship-return.whyBy':
    'Ist eine Rücksendung vereinbart, muss sie innerhalb von {days} Tagen verschickt werden, hier bis zum {date}, sonst wird der Verkäufer bezahlt. Nutz einen Versand mit Sendungsverfolgung, heb den Beleg auf und trag die Sendungsnummer im Streitfall ein.',
  'advice.escalated-add-evidence.title': 'Füg dem Streitfall die fehlenden Nachweise hinzu',
  'advice.escalated-add-evidence.why':
    'Die Plattform entscheidet anhand der Nachweise im Fall, und du kannst sie bis zum Abschluss hinzufügen. Es fehlen noch: {missing}.',
  'advice.escalated-wait.title': 'Warte auf die Entscheidung der Plattform',
  'advice.escalated-wait.why':
    'Nach der Eskalation greift die Plattform innerhalb von etwa {days} Tagen ein. Beantworte ihre Fragen schnell; Nachweise kannst du bis zum Abschluss noch hinzufügen.',
  'advice.escalated-wait.whyAround':
    'Nach der Eskalation greift die Plattform innerhalb von etwa {days} Tagen ein (hier um den {date}). Beantworte ihre Fragen schnell; Nachweise kannst du bis zum Abschluss noch hinzufügen.',
  'advice.offer-resend.title': 'Lehn den Vorschlag ab und verlang deine Erstattung',
  'advice.offer-resend.proposes':
    '{from, select, platform {Die Plattform schlägt vor,} other {Der Verkäufer schlägt vor,}} {what, select, resend {den Artikel erneut zu senden} other {etwas anderes als eine Erstattung}}.',
  'advice.offer-resend.why':
    'Wer einen Vorschlag wie „Ich sende es erneut“ annimmt, schließt den Streitfall endgültig: Kommt das neue Paket nie an, bleibt kein Streitfall mehr. Lehn ab und verlang weiter {refund}; ohne Einigung greift die Plattform ein.',
  'advice.offer-full-refund.title': 'Nimm die volle Erstattung an',
  'advice.offer-full-refund.why':
    '{from, select, platform {Die Plattform bietet} other {Der Verkäufer bietet}} eine volle Erstattung an, das Höchste, was ein Streitfall bringen kann. Annehmen schließt den Streitfall; prüf, ob der Betrag dem vollen bezahlten Preis entspricht.',
  'advice.offer-return-seller-pays.title': 'Nimm die Rücksendung gegen volle Erstattung an',
  'advice.offer-return-seller-pays.why':
    'Gibst du den Artikel zurück und der Verkäufer zahlt das Porto, bekommst du den vollen Preis zurück. Ist sie vereinbart, muss die Rücksendung innerhalb von {days} Tagen verschickt werden.',
  'advice.offer-return-buyer-pays.title':
    'Mach ein Gegenangebot: Der Verkäufer zahlt die Rücksendung, oder eine Erstattung ohne Rücksendung',
  'advice.offer-return-buyer-pays.why':
    'Eine Rücksendung kann bis zu etwa {postage} Porto kosten, was die Erstattung auffressen kann. Biete {refund} an und behalte den Artikel, oder eine Rücksendung auf Kosten des Verkäufers.',
  'advice.offer-partial-unclear.title': 'Mach ein Gegenangebot mit der Erstattung, die du begründen kannst',
  'advice.offer-partial-unclear.why':
    'Das Angebot lässt sich nicht mit dem vergleichen, was das Problem rechtfertigt. Nenn einen konkreten Betrag mit Begründung; annehmen würde den Streitfall schließen.',
  'advice.offer-partial-unclear.whyRefund':
    'Das Angebot lässt sich nicht mit dem vergleichen, was das Problem rechtfertigt ({refund}). Nenn einen konkreten Betrag mit Begründung; annehmen würde den Streitfall schließen.',
  'advice.offer-fair.title': 'Nimm die Erstattung von {amount} an',
  'advice.offer-fair.why':
    'Das Angebot ist mindestens so viel, wie das Problem rechtfertigt ({refund}): {rationale} Annehmen schließt den Streitfall.',
  'advice.offer-low.title': 'Biete {amount} als Gegenangebot',
  'advice.offer-low.why':
    '{offered} liegt unter dem, was das Problem rechtfertigt ({refund}), aber nah dran: Mach einmal ein Gegenangebot mit deinem Betrag und der Begründung. Ohne Einigung greift die Plattform ein.',
  'advice.offer-unreasonable.title': 'Lehn das Angebot ab',
  'advice.offer-unreasonable.why':
    '{offered} ist weniger als die Hälfte dessen, was das Problem rechtfertigt ({refund}). Ein unangemessenes Gegenangebot ist ein Grund zu eskalieren: Lehn ab und lass die Plattform entscheiden.',
  'advice.accepted-wait-refund.title': 'Warte auf die Erstattung',
  'advice.accepted-wait-refund.why':
    'Der Verkäufer hat zugestimmt; die Erstattung kommt innerhalb von {range}. Ist sie bis dahin nicht da, frag den Kundenservice nach der Referenz der Erstattung.',
  'advice.accepted-wait-refund.whyBy':
    'Der Verkäufer hat zugestimmt; die Erstattung kommt innerhalb von {range} (hier bis zum {date}). Ist sie bis dahin nicht da, frag den Kundenservice nach der Referenz der Erstattung.',
  'advice.page-dispute-untracked.title': 'Verfolg den offenen Streitfall',
  'advice.page-dispute-untracked.inProgress': 'Ein Streitfall läuft.',
  'advice.page-dispute-untracked.inProgressShown': 'Ein Streitfall läuft („{status}“).',
  'advice.page-dispute-untracked.countdown': 'Der Countdown der Seite läuft bis zum {date}.',
  'advice.page-dispute-untracked.noDates':
    'Seine Daten stehen nicht auf dieser Seite: Der Verkäufer hat normalerweise {days} Tage für die Antwort, gerechnet ab der Eröffnung des Streitfalls.',
  'advice.page-dispute-untracked.record':
    'Schau auf der Seite des Streitfalls nach der Antwort des Verkäufers und trag im Journal ein, wann er eröffnet wurde (das Datum darf in der Vergangenheit liegen), damit Buyer Guard die nächsten Schritte berechnen und dich erinnern kann.',
  'advice.opened-add-evidence.title': 'Füg jetzt die fehlenden Nachweise hinzu',
  'advice.opened-add-evidence.why':
    'Nachweise sind Pflicht, wenn du den Artikel erhalten hast, und du kannst sie bis zum Abschluss hinzufügen. Füg sie jetzt hinzu: {missing}.',
  'advice.opened-add-evidence.whyBy':
    'Nachweise sind Pflicht, wenn du den Artikel erhalten hast, und du kannst sie bis zum Abschluss hinzufügen. Der Verkäufer hat bis zum {date} Zeit zu antworten; füg sie vorher hinzu: {missing}.',
  'advice.opened-wait-seller.title': 'Warte auf die Antwort des Verkäufers',
  'advice.opened-wait-seller.why':
    'Der Verkäufer hat {days} Tage, um auf den Streitfall zu antworten, bis zum {date}; tut er es nicht, wird die von dir vorgeschlagene Erstattung automatisch ausgeführt.',
  'advice.seller-silent-auto-refund.title': 'Warte auf die automatische Erstattung',
  'advice.seller-silent-auto-refund.why':
    'Der Verkäufer hat bis zum {date} nicht geantwortet, also sollte die von dir vorgeschlagene Erstattung automatisch ausgeführt werden und innerhalb von {max} Werktagen ankommen. Zeigt die Seite des Streitfalls etwas anderes, eskaliere.',
  'advice.seller-silent-auto-refund.whyBy':
    'Der Verkäufer hat bis zum {date} nicht geantwortet, also sollte die von dir vorgeschlagene Erstattung automatisch ausgeführt werden und innerhalb von {max} Werktagen ankommen (bis zum {expected}). Zeigt die Seite des Streitfalls etwas anderes, eskaliere.',
  'advice.negotiation-in-transit.title': 'Warte, bis die versprochene Lieferzeit vorbei ist',
  'advice.negotiation-in-transit.why':
    'Ein Streitfall wegen „nicht erhalten“ wird nicht eskaliert, solange das Paket innerhalb der versprochenen Zeit unterwegs ist, hier bis zum {date}.',
  'advice.negotiation-add-evidence.title': 'Füg die fehlenden Nachweise hinzu, bevor die Plattform eingreift',
  'advice.negotiation-add-evidence.why':
    'Ohne Einigung entscheidet die Plattform anhand der Nachweise im Fall; es fehlen noch: {missing}. Nachweise kannst du bis zum Abschluss hinzufügen.',
  'advice.trigger.seller-rejected': 'Der Verkäufer hat den Streitfall abgelehnt.',
  'advice.trigger.no-agreement': 'Die Verhandlung hat zu keiner Einigung geführt.',
  'advice.escalate-now.title': 'Eskalier den Streitfall an die Plattform',
  'advice.escalate-now.pageOffers': 'Die Seite des Streitfalls bietet die Eskalation an.',
  'advice.escalate-now.pageOffersAuto':
    'Die Seite des Streitfalls bietet die Eskalation an; ohne Einigung geschieht sie um den {auto} automatisch.',
  'advice.escalate-now.since': 'Eskalieren geht {days} Tage nach der Eröffnung (seit dem {date}).',
  'advice.escalate-now.sinceAuto':
    'Eskalieren geht {days} Tage nach der Eröffnung (seit dem {date}); ohne Einigung geschieht es um den {auto} automatisch.',
  'advice.escalate-now.sooner': 'Wenn du jetzt eskalierst, kommt der Fall früher vor die Plattform.',
  'advice.wait-for-escalation.title': 'Verhandle weiter, bis du eskalieren kannst',
  'advice.wait-for-escalation.expected': 'Die Option zum Eskalieren wird ab dem {date} erwartet.',
  'advice.wait-for-escalation.expectedAuto':
    'Die Option zum Eskalieren wird ab dem {date} erwartet; ohne Einigung geschieht die Eskalation um den {auto} automatisch.',
  'advice.wait-for-escalation.pageShows': 'Die Seite des Streitfalls zeigt, wann die Option zum Eskalieren kommt.',
  'advice.wait-for-escalation.pageShowsAuto':
    'Die Seite des Streitfalls zeigt, wann die Option zum Eskalieren kommt; ohne Einigung geschieht die Eskalation um den {auto} automatisch.',
  'advice.decided-wait-refund.title': 'Warte auf die Erstattung',
  'advice.decided-wait-refund.why':
    'Die Plattform hat {outcome, select, partial {eine Teilerstattung} other {zu deinen Gunsten}} entschieden; die Erstattung kommt innerhalb von {range}.',
  'advice.decided-wait-refund.whyBy':
    'Die Plattform hat {outcome, select, partial {eine Teilerstattung} other {zu deinen Gunsten}} entschieden; die Erstattung kommt innerhalb von {range}, hier bis zum {date}.',
  'advice.decided-refund-overdue.why':
    'Die Plattform hat eine Erstattung entschieden; sie hätte innerhalb von {max} Werktagen ankommen sollen (bis zum {expected}). Frag den Kundenservice nach der Referenz der Erstattung und prüf dann bei deiner Bank.',
  'advice.decided-refund-overdue.whyOn':
    'Die Plattform hat am {decided} eine Erstattung entschieden; sie hätte innerhalb von {max} Werktagen ankommen sollen (bis zum {expected}). Frag den Kundenservice nach der Referenz der Erstattung und prüf dann bei deiner Bank.',
  'advice.decision-appeal.title': 'Leg Einspruch gegen die Entscheidung ein',
  'advice.decision-appeal.why':
    'Die Seite des Streitfalls bietet einen Einspruch gegen die Entscheidung der Plattform an. Leg ihn mit den Nachweisen ein, die die Entscheidung nicht berücksichtigt hat; ältere Quellen nennen die Entscheidung endgültig, also nutz die Möglichkeit, solange sie angeboten wird.',
  'advice.resolved-feedback.title': 'Bewerte den Verkäufer',
  'advice.resolved-feedback.why':
    'Das Problem ist gelöst und die Erstattung ist da. Deine Bewertung zeigt anderen Käufern, wie der Verkäufer damit umgegangen ist.',
  'advice.accepted-closed.title': 'Warte auf das, was der Verkäufer zugesagt hat',
  'advice.accepted-closed.why':
    'Du hast den Vorschlag des Verkäufers angenommen, und damit ist der Streitfall endgültig geschlossen: Ein neuer Streitfall zum selben Problem ist nicht möglich. Hält sich der Verkäufer nicht an die Vereinbarung, melde ihn; dein Zahlungsanbieter kann vielleicht noch helfen.',
  'advice.reopen-dispute.title': 'Eröffne einen neuen Streitfall',
  'advice.reopen-dispute.whyCancelled':
    'Der Streitfall wurde während des Käuferschutzes storniert, daher gilt der Tag der Stornierung als Abschluss der Bestellung: Ein neuer Streitfall ist bis zum {date} möglich ({days} Tage). Das Problem ist nicht gelöst, also eröffne ihn vorher.',
  'advice.reopen-dispute.why':
    'Das Problem ist nicht gelöst, und dasselbe Produkt darf erneut beanstandet werden; der letzte Tag für einen Streitfall ist der {date}.',
  'advice.dispute-status-unknown.title': 'Öffne die Seite des Streitfalls',
  'advice.dispute-status-unknown.why':
    'Buyer Guard kann nicht erkennen, wie dieser Fall steht. Öffne die Bestell- und die Streitfallseite, damit sie gelesen werden; die Werte der Seite selbst haben immer Vorrang vor Schätzungen.',

  'advice.provider-dispute-lapsed.title': 'Prüf den PayPal-Konflikt: Er ist vielleicht geschlossen',
  'advice.provider-dispute-lapsed.why':
    'Ein PayPal-Konflikt muss innerhalb von {days} Tagen in einen Antrag umgewandelt werden; hier war das der {date}. Ist er geschlossen, frag PayPal, ob er wieder geöffnet werden kann, und trag den Antrag im Journal ein, falls du ihn gestellt hast.',
  'advice.provider-escalate-claim.title':
    'Wandle den PayPal-Konflikt in einen Antrag um, wenn der Verkäufer nicht erstattet',
  'advice.provider-escalate-claim.why':
    'Ein PayPal-Konflikt wird geschlossen, wenn er nicht innerhalb von {days} Tagen nach der Eröffnung in einen Antrag umgewandelt wird, hier bis zum {date}. Hat der Verkäufer bis dahin nicht erstattet, wandle ihn im PayPal-Konfliktlösungszentrum um; dann entscheidet PayPal.',
  'advice.provider-decides.title.paypal': 'Warte auf die Entscheidung von PayPal',
  'advice.provider-decides.title.card': 'Warte auf die Entscheidung deiner Bank',
  'advice.provider-decides.why.paypal':
    'Über den Antrag entscheidet PayPal nach eigenen Regeln und Fristen. Beantworte Rückfragen schnell; verlangt werden das Nachweispaket und der Verlauf des Streitfalls.',
  'advice.provider-decides.why.card':
    'Über die Rückbuchung entscheidet deine Bank nach eigenen Regeln und Fristen. Beantworte Rückfragen schnell; verlangt werden das Nachweispaket und der Verlauf des Streitfalls.',
  'advice.chargeback.title.paypal': 'Bitte PayPal um eine Erstattung (PayPal-Konflikt)',
  'advice.chargeback.title.card': 'Bitte deine Bank um eine Rückbuchung',
  'advice.chargeback.why':
    'Dein Zahlungsanbieter ist der Weg, der bleibt: Seine Frist endet am {date} ({days} Tage nach der Zahlung).',
  'advice.lost-chargeback.reason':
    'Die Plattform hat zugunsten des Verkäufers entschieden, der Weg über die Plattform ist damit ausgeschöpft.',
  'advice.window-closed-chargeback.reason':
    'Der letzte Tag für einen Streitfall war der {date}, der Weg über die Plattform ist damit geschlossen.',
  'advice.window-closed-chargeback.reasonAfterProtection':
    'Der letzte Tag für einen Streitfall war der {date} ({days} Tage nach dem Ende des Käuferschutzes), der Weg über die Plattform ist damit geschlossen.',
  'advice.lost-feedback.title': 'Gib dem Verkäufer eine ehrliche Bewertung',
  'advice.lost-feedback.why':
    'Die Plattform hat zugunsten des Verkäufers entschieden, und keine Frist deines Zahlungsanbieters ist bekannt offen. Eine ehrliche Bewertung warnt andere Käufer; du kannst den Verkäufer auch melden.',
  'advice.window-closed-feedback.title': 'Gib dem Verkäufer eine ehrliche Bewertung',
  'advice.window-closed-feedback.why':
    'Der letzte Tag für einen Streitfall war der {date}, und keine Frist deines Zahlungsanbieters ist bekannt offen. Deine Bewertung warnt andere Käufer.',
  'advice.window-closed-feedback.whyComplaint':
    'Der letzte Tag für einen Streitfall war der {date}, und keine Frist deines Zahlungsanbieters ist bekannt offen. Deine Bewertung warnt andere Käufer; eine Meldung ist auch möglich.',

  'advice.awaiting-payment.title': 'Nichts zu tun, bis die Bestellung bezahlt ist',
  'advice.awaiting-payment.why': 'Der Käuferschutz beginnt mit einer bezahlten und verschickten Bestellung.',
  'advice.order-closed.title': 'Nichts zu tun',
  'advice.order-closed.why':
    'Die Bestellung ist geschlossen. Wurde Geld abgebucht und nicht zurückgezahlt, gib es als Erstattungsproblem an.',
  'advice.awaiting-shipment.title': 'Warte, bis der Verkäufer verschickt',
  'advice.awaiting-shipment.why': 'Streitfälle sind erst nach dem Versand möglich (ab Tag {day}).',
  'advice.awaiting-shipment.shipBy': 'Der Verkäufer muss bis zum {date} verschicken.',
  'advice.awaiting-shipment.ask': 'Frag den Verkäufer, wenn es länger dauert als versprochen.',
  'advice.estimatedProtectionEnd':
    'Dieses Ende ist nur das spätestmögliche ({days} Tage nach dem Versand): Öffne die Bestellseite, damit Buyer Guard den echten Countdown lesen kann.',
  'advice.in-transit-wait.title': 'Warte auf das Paket',
  'advice.in-transit-wait.onItsWay': 'Die Bestellung ist unterwegs.',
  'advice.in-transit-wait.protection':
    'Der Käuferschutz läuft bis zum {date}; ist das Paket {days} Tage vorher nicht da, bitte den Verkäufer, den Käuferschutz zu verlängern.',
  'advice.in-transit-wait.tellUs': 'Kommt es nicht an, sag Buyer Guard, was nicht stimmt.',
  'advice.tracking-silent.title': 'Frag den Verkäufer, wo das Paket ist',
  'advice.tracking-silent.why':
    '{days, plural, one {Die Sendungsverfolgung hat sich seit # Tag nicht bewegt} other {Die Sendungsverfolgung hat sich seit # Tagen nicht bewegt}} (letzte Meldung: {date}). Bitte den Verkäufer über die Bestellseite, beim Versanddienst nachzufragen, und heb den Chat als Nachweis auf.',
  'advice.tracking-silent.prepareNow':
    'Bewegt sich das Paket nicht, eröffne einen Streitfall „{reason}“: Das geht jetzt schon.',
  'advice.tracking-silent.prepareFrom':
    'Bewegt sich das Paket nicht, eröffne einen Streitfall „{reason}“: Das geht ab dem {date}.',
  'advice.delivered-inspect.title': 'Prüf den Artikel, bevor der Käuferschutz endet',
  'advice.delivered-inspect.titleEnded': 'Prüf den Artikel',
  'advice.delivered-inspect.why':
    'Laut Sendungsverfolgung zugestellt. Prüf den Artikel jetzt: Der Käuferschutz endet am {date}, danach wird die Bestellung automatisch abgeschlossen. Bestätige den Erhalt erst, wenn alles stimmt.',
  'advice.delivered-inspect.whyEnded':
    'Laut Sendungsverfolgung zugestellt. Prüf den Artikel jetzt: Der Käuferschutz ist vielleicht schon abgelaufen. Bestätige den Erhalt erst, wenn alles stimmt.',
  'advice.completed-feedback.title': 'Gib eine Bewertung ab',
  'advice.completed-feedback.complete': 'Die Bestellung ist abgeschlossen.',
  'advice.completed-feedback.tellUs':
    'Zeigt sich ein Problem, sag es Buyer Guard: Es weiß, wie lange ein Streitfall noch möglich ist.',
  'advice.completed-feedback.stillPossible': 'Zeigt sich ein Problem, ist ein Streitfall noch bis zum {date} möglich.',
  'advice.completed-feedback.wasLast': 'Der letzte Tag für einen Streitfall war der {date}.',
  'advice.status-unknown.title': 'Öffne die Bestellseite',
  'advice.status-unknown.why':
    'Buyer Guard hat den Status dieser Bestellung noch nicht gelesen. Öffne ihre Seite auf AliExpress, damit die Countdowns gelesen werden; die Werte der Seite selbst haben immer Vorrang vor Schätzungen.',
  'advice.extension-not-granted.title': 'Eröffne jetzt einen Streitfall „{reason}“',
  'advice.extension-not-granted.why':
    'Du hast vor {hours} Stunden oder mehr um eine Verlängerung gebeten, und sie wurde nicht gewährt; der Käuferschutz endet am {date}. Eröffne den Streitfall vorher.',
  'advice.extension.fallbackDispute':
    'Wird sie nicht innerhalb von {hours} Stunden gewährt, eröffne vor dem Ende des Käuferschutzes einen Streitfall „{reason}“; bereite ihn jetzt vor.',
  'advice.extension.fallbackLater':
    'Wird sie nicht gewährt, eröffne einen Streitfall „{reason}“, sobald die Bestellseite es zulässt.',
  'advice.extend-protection-late.title': 'Bitte jetzt um eine Verlängerung und bereite den Streitfall vor',
  'advice.extend-protection-late.why':
    'Der Käuferschutz endet am {date}, und das Paket ist nicht da. Üblich ist die Anfrage {earliest}–{latest} Tage vor dem Ende, es ist also spät: Bitte den Verkäufer jetzt über die Bestellseite um eine Verlängerung (Verkäufer brauchen bis zu {hours} Stunden).',
  'advice.extend-protection.title': 'Bitte den Verkäufer, den Käuferschutz zu verlängern',
  'advice.extend-protection.why':
    'Das Paket ist nicht da, und der Käuferschutz endet am {date}. Jetzt ist der richtige Zeitpunkt ({earliest}–{latest} Tage vor dem Ende): Beantrage die Verlängerung über die Bestellseite; nur der Verkäufer kann sie genehmigen, meist innerhalb von {hours} Stunden.',
  'advice.protection-ending-open-dispute.title': 'Eröffne einen Streitfall „{reason}“, bevor der Käuferschutz endet',
  'advice.protection-ending-open-dispute.why':
    'Der Käuferschutz endet am {date}: zu knapp, um auf eine Verlängerung zu warten (Verkäufer brauchen bis zu {hours} Stunden). Endet er, wird die Bestellung abgeschlossen und das Geld geht an den Verkäufer.',
  'advice.protection-before-opening.title': 'Bitte den Verkäufer, den Käuferschutz zu verlängern',
  'advice.protection-before-opening.why':
    'Der Käuferschutz endet am {date}, bevor ein Streitfall möglich ist (ab dem {opens}). Bitte den Verkäufer jetzt über die Bestellseite um eine Verlängerung und heb den Chat als Nachweis auf.',
  'advice.before-dispute-contact-seller.title': 'Schreib dem Verkäufer',
  'advice.before-dispute-contact-seller.why':
    'Ein Streitfall ist ab dem {opens} möglich. Schreib dem Verkäufer bis dahin über die Bestellseite: Verkäufer antworten meist innerhalb von {range} Werktagen, und der Chat dient später als Nachweis.',
  'advice.wait-dispute-opens.title': 'Warte, bis ein Streitfall möglich ist',
  'advice.wait-dispute-opens.why':
    'Du hast den Verkäufer angeschrieben. „Streitfall eröffnen“ ist ab dem {date} verfügbar.',
  'advice.not-received-in-transit.title': 'Warte, bis die versprochene Lieferzeit vorbei ist',
  'advice.not-received-in-transit.why':
    'Die Sendungsverfolgung zeigt normalen Fortschritt, und die versprochene Lieferzeit läuft bis zum {date}; ein Streitfall wegen „nicht erhalten“ ist erst danach möglich.',
  'advice.dispute.protectionEnds':
    'Der Käuferschutz endet am {date}; dann wird die Bestellung abgeschlossen und das Geld geht an den Verkäufer.',
  'advice.dispute.lastDay': 'Der letzte Tag für einen Streitfall ist der {date}.',
  'advice.open-dispute-urgent.title': 'Eröffne jetzt einen Streitfall: „{reason}“',
  'advice.open-dispute-urgent.short': 'Die Zeit ist knapp:',
  'advice.open-dispute-urgent.then':
    'Eröffne zuerst den Streitfall und verlang {refund}; Nachweise kannst du bis zum Abschluss hinzufügen.',
  'advice.contact-seller-first.title': 'Schreib zuerst dem Verkäufer',
  'advice.contact-seller-first.why':
    'Bei einem kleinen Problem ist der Verkäufer der schnellste Weg: Er antwortet meist innerhalb von {range} Werktagen. Verlang {refund}; kommt keine faire Antwort, eröffne einen Streitfall.',
  'advice.wait-seller-reply.title': 'Gib dem Verkäufer Zeit zu antworten',
  'advice.wait-seller-reply.why':
    'Verkäufer antworten meist innerhalb von {days} Werktagen, hier bis zum {date}. Ohne faire Antwort eröffne einen Streitfall.',
  'advice.collect-evidence.title': 'Sammle die Nachweise, dann eröffne den Streitfall',
  'advice.collect-evidence.why':
    'Nachweise sind Pflicht, wenn du den Artikel erhalten hast, und Streitfälle gehen an fehlenden oder unklaren Nachweisen verloren. Es fehlen noch: {missing}.',
  'advice.open-dispute.title': 'Eröffne einen Streitfall: „{reason}“',
  'advice.open-dispute.why':
    'Der Weg über einen Streitfall ist offen. Wähle „{reason}“, nenn das Hauptproblem zuerst, häng die Nachweise an und verlang {refund}.',
  'advice.tracking-silent.fact':
    '{days, plural, one {Die Sendungsverfolgung hat sich seit # Tag nicht bewegt.} other {Die Sendungsverfolgung hat sich seit # Tagen nicht bewegt.}}',

  'advice.option.open-dispute.title': 'Streitfall eröffnen',
  'advice.option.open-dispute.until': 'Möglich bis zum {date}.',
  'advice.option.open-dispute.now': 'Jetzt möglich.',
  'advice.option.contact-seller.title': 'Dem Verkäufer schreiben',
  'advice.option.contact-seller.why': 'Verkäufer antworten meist innerhalb von {range} Werktagen.',
  'advice.option.escalate.title': 'An die Plattform eskalieren',
  'advice.option.escalate.why': 'Keine Einigung mit dem Verkäufer.',
  'advice.option.counter-offer.title': 'Gegenangebot machen',
  'advice.option.counter-offer.why': 'Biete {refund} mit Begründung an.',
  'advice.option.accept-offer.title': 'Vorschlag annehmen',
  'advice.option.accept-offer.why': 'Schließt den Streitfall endgültig.',
  'advice.option.escalate-claim.title': 'PayPal-Konflikt in einen Antrag umwandeln',
  'advice.option.escalate-claim.why': 'PayPal schließt den Konflikt, wenn er nicht bis zum {date} umgewandelt wird.',
  'advice.option.add-evidence.title': 'Nachweise sammeln',
  'advice.option.add-evidence.why': 'Fotos, Videos und Screenshots nach der Checkliste.',
  'advice.option.report-seller.title': 'Verkäufer melden',
  'advice.option.report-seller.why': 'Beschwerdezentrum: „{category}“.',
  'advice.option.chargeback.title.paypal': 'Konflikt bei PayPal',
  'advice.option.chargeback.title.card': 'Rückbuchung bei deiner Bank',
  'advice.option.chargeback.why':
    'Möglich bis zum {date}; nur nutzen, wenn der Weg über die Plattform gescheitert ist.',
  'advice.option.leave-feedback.title': 'Bewertung abgeben',
  'advice.option.leave-feedback.why': 'Zeigt anderen Käufern, wie sich der Verkäufer verhalten hat.',

  'warning.accept-offer.closes.title': 'Annehmen schließt den Streitfall endgültig',
  'warning.accept-offer.closes.text':
    'Wer den Vorschlag des Verkäufers annimmt (zum Beispiel „Ich sende es erneut“), schließt diesen Streitfall, und er lässt sich nicht wieder öffnen: Kommt das neue Paket nie an oder hat es dasselbe Problem, bleibt dir vielleicht kein Streitfall mehr. So verlieren Käufer ihre Erstattung am häufigsten. Nimm nur an, wenn du dir sicher bist.',
  'warning.accept-offer.settles.title': 'Annehmen schließt den Streitfall',
  'warning.accept-offer.settles.refund':
    'Mit dem Annehmen ist der Streitfall mit {refund} erledigt. Mehr kannst du danach nicht verlangen, also prüf vorher den Betrag.',
  'warning.accept-offer.settles.return':
    'Mit dem Annehmen ist der Streitfall mit einer Erstattung nach der Rücksendung des Artikels erledigt (das Rückporto zahlst vielleicht du, und die Rücksendung muss innerhalb von {days} Tagen verschickt werden). Mehr kannst du danach nicht verlangen, also prüf vorher den Betrag.',
  'warning.accept-offer.settles.returnOf':
    'Mit dem Annehmen ist der Streitfall mit einer Erstattung von {amount} nach der Rücksendung des Artikels erledigt (das Rückporto zahlst vielleicht du, und die Rücksendung muss innerhalb von {days} Tagen verschickt werden). Mehr kannst du danach nicht verlangen, also prüf vorher den Betrag.',
  'warning.cancel-dispute.final.title': 'Stornieren gibt das Geld jetzt an den Verkäufer frei',
  'warning.cancel-dispute.final.unknown':
    'Der Käuferschutz ist abgelaufen (oder sein Ende ist unbekannt): Stornierst du diesen Streitfall, geht das Geld an den Verkäufer, und du kannst keinen neuen eröffnen.',
  'warning.cancel-dispute.final.ended':
    'Der Käuferschutz ist abgelaufen ({date}): Stornierst du diesen Streitfall, geht das Geld an den Verkäufer, und du kannst keinen neuen eröffnen.',
  'warning.cancel-dispute.restart.title': 'Stornieren beendet den Käuferschutz heute',
  'warning.cancel-dispute.restart.text':
    'Stornierst du, wird heute zum Abschlussdatum der Bestellung: Der Käuferschutz endet, und ein neuer Streitfall ist nur noch bis Ende {date} möglich ({days} Tage).',
  'warning.confirm-receipt.notArrived.title': 'Bestätige keine Bestellung, die nicht angekommen ist',
  'warning.confirm-receipt.notArrived.text':
    'Die Bestätigung des Erhalts beendet den Käuferschutz. Ein Verkäufer, der dich bittet, vor der Ankunft zu bestätigen, verstößt gegen die Regeln: Du kannst ihn melden.',
  'warning.confirm-receipt.openProblem.title': 'Mit dieser Bestellung gibt es ein offenes Problem',
  'warning.confirm-receipt.openProblem.text':
    'Die Bestätigung des Erhalts beendet den Käuferschutz; dann bleiben nur {days} Tage für einen Streitfall. Kläre zuerst das Problem.',
  'warning.confirm-receipt.check.title': 'Bestätigen beendet den Käuferschutz',
  'warning.confirm-receipt.check.text':
    'Prüf den Artikel zuerst gründlich. Nach der Bestätigung bleiben dir {days} Tage für einen Streitfall.',
  'warning.let-window-lapse.title': 'Nach Ablauf der Frist ist kein Streitfall mehr möglich',
  'warning.let-window-lapse.unknown':
    'Die letzte Gelegenheit für einen Streitfall endet {days} Tage nach dem Ende des Käuferschutzes oder nach deiner Bestätigung des Erhalts. Danach ist der Weg über die Plattform für diese Bestellung geschlossen.',
  'warning.let-window-lapse.on':
    'Die letzte Gelegenheit für einen Streitfall endet am {date}. Danach ist der Weg über die Plattform für diese Bestellung geschlossen.',
  'warning.let-window-lapse.passed':
    'Die letzte Gelegenheit für einen Streitfall endete am {date} (schon vorbei). Danach ist der Weg über die Plattform für diese Bestellung geschlossen.',
  'warning.skip-return-shipping.title': 'Verschick die Rücksendung rechtzeitig',
  'warning.skip-return-shipping.text':
    'Eine vereinbarte Rücksendung muss innerhalb von {days} Tagen verschickt werden, sonst wird der Verkäufer bezahlt und die Erstattung ist verloren.',
  'warning.skip-return-shipping.textBy':
    'Eine vereinbarte Rücksendung muss innerhalb von {days} Tagen verschickt werden (bis zum {date}), sonst wird der Verkäufer bezahlt und die Erstattung ist verloren.',
  'warning.file-chargeback.platformFirst.title': 'Geh zuerst den Weg über die Plattform zu Ende',
  'warning.file-chargeback.platformFirst.text':
    'Eine Rückbuchung, solange der Streitfallweg der Plattform noch offen ist, kann dich den Schutz der Plattform kosten (auf manchen Marktplätzen wird der Antrag dann unzulässig). Nutz zuerst den Streitfall; heb dir die Rückbuchung für den Fall auf, dass er scheitert.',
  'warning.file-chargeback.provider.title': 'Ab hier entscheidet die Bank oder PayPal',
  'warning.file-chargeback.provider.text':
    'Über eine Rückbuchung entscheiden deine Bank oder PayPal nach eigenen Regeln und Fristen. Halte das Nachweispaket und den Verlauf des Streitfalls für ihre Rückfragen bereit.',

  'refund.missingShare':
    '{missing} von {quantity} Stück fehlen, also ist die verlangte Erstattung ihr Anteil am Preis.',
  'refund.missingShareOf':
    '{missing} von {quantity} Stück fehlen, also ist die verlangte Erstattung ihr Anteil am Preis ({amount}).',
  'refund.full':
    '{why, select, not_received {Die Bestellung ist nie angekommen} all_missing {Von der Bestellung ist nichts angekommen} other {Der Artikel ist für seinen Zweck unbrauchbar}}, also ist eine volle Erstattung die faire Forderung.',
  'refund.fullOf':
    '{why, select, not_received {Die Bestellung ist nie angekommen} all_missing {Von der Bestellung ist nichts angekommen} other {Der Artikel ist für seinen Zweck unbrauchbar}}, also ist eine volle Erstattung ({amount}) die faire Forderung.',
  'refund.share': '{percent} % des Preises',
  'refund.shareOf': '{percent} % des Preises ({amount})',
  'refund.partialMinor':
    'Der Artikel ist trotz des Problems noch nutzbar, und die Plattform gewährt bei einem kleinen Mangel realistisch eine Teilentschädigung; {share} ist ein vernünftiger Vorschlag, wenn du den Artikel behältst.',
  'refund.partialAssumed':
    'Bei einem Mangel, der den Artikel nutzbar lässt, gewährt die Plattform realistisch eine Teilentschädigung; {share} ist ein vernünftiger Vorschlag, wenn du den Artikel behältst. Ist der Artikel für seinen Zweck unbrauchbar, ist stattdessen eine volle Erstattung die faire Forderung.',

  'rule.source': 'Quelle: {source}.',
  'rule.era.current': 'die aktuellen Regeln von AliExpress',
  'rule.era.legacy': 'ältere Hilfeseiten von AliExpress (ca. 2012–16)',
  'rule.era.seller-side': 'die Regeln von AliExpress für Verkäufer',
  'rule.era.one-guide': 'ein Käuferratgeber (ca. 2020–22), anderswo nicht bestätigt',
  'rule.era.payment-provider': 'die Regeln des Zahlungsanbieters',
  'rule.buyer-protection-max-days':
    'Den Käuferschutz legt der Verkäufer für jede Bestellung fest, die Bestellseite zeigt ihn als Countdown; er endet spätestens {days} Tage nach dem Versand.',
  'rule.note.buyer-protection-max-days':
    'Das ist das spätestmögliche Ende, nicht das dieser Bestellung: Öffne die Bestellseite, damit Buyer Guard den echten Countdown liest.',
  'rule.protection-after-delivery-days':
    'Sobald die Sendungsverfolgung „zugestellt“ meldet, zeigt die Bestellseite den restlichen Käuferschutz; ohne diese Angabe nimmt Buyer Guard an, dass er auf {days} Tage nach der Zustellung verkürzt sein kann.',
  'rule.note.protection-after-delivery-days': 'Früh ist sicher; spät würde die Erstattung kosten.',
  'rule.confirm-receipt-ends-protection':
    'Die Bestätigung des Erhalts beendet den Käuferschutz; danach bleibt nur die Frist für einen Streitfall.',
  'rule.cancelled-dispute-restarts-window':
    'Ein während des Käuferschutzes stornierter Streitfall macht den Tag der Stornierung zum Abschluss der Bestellung: Ein neuer Streitfall ist bis zum Ende des {days}. Tages danach möglich.',
  'rule.cancel-after-protection-is-final':
    'Wer einen Streitfall nach dem Ende des Käuferschutzes storniert, gibt das Geld an den Verkäufer frei; ein neuer Streitfall ist nicht möglich.',
  'rule.dispute-opens-after-shipping-days':
    '„Streitfall eröffnen“ ist ab dem {days}. Tag nach dem Versand durch den Verkäufer verfügbar.',
  'rule.note.dispute-opens-after-shipping-days':
    'Verkäufern werden 10 Tage genannt; Buyer Guard nimmt den späteren Tag, damit es dich nie zu einem Knopf schickt, den es noch nicht gibt.',
  'rule.dispute-opens-immediately-below-delivery-days':
    'Ist die versprochene Lieferzeit kürzer als {days} Tage, ist ein Streitfall schon ab dem Versand möglich.',
  'rule.dispute-window-days':
    'Der letzte Tag für einen Streitfall ist {days} Tage nach dem Ende des Käuferschutzes oder nach „Erhalt bestätigen“, je nachdem, was zuerst kam.',
  'rule.seller-dispute-response-days':
    'Der Verkäufer hat {days} Tage, um auf einen Streitfall zu antworten; sonst wird die von dir vorgeschlagene Erstattung automatisch ausgeführt.',
  'rule.escalation-possible-after-days':
    'Du kannst einen Streitfall {days} Tage nach der Eröffnung an die Plattform eskalieren.',
  'rule.note.escalation-possible-after-days': 'Es zählt immer der Knopf auf der Seite des Streitfalls selbst.',
  'rule.escalation-auto-after-days':
    'Ohne Einigung geht der Streitfall nach etwa {days} Tagen Verhandlung automatisch an die Plattform.',
  'rule.return-ship-within-days':
    'Hast du einer Rücksendung zugestimmt, musst du sie innerhalb von {days} Tagen verschicken, sonst wird der Verkäufer bezahlt.',
  'rule.paypal-dispute-window-days':
    'Ein PayPal-Konflikt muss innerhalb von {days} Tagen nach der Zahlung eröffnet werden.',
  'rule.card-chargeback-window-days':
    'Eine Kartenrückbuchung ist meist innerhalb von {days} Tagen nach der Zahlung möglich.',
  'rule.note.card-chargeback-window-days': 'Banken handhaben das unterschiedlich: Frag bei deiner nach.',
  'rule.paypal-escalate-to-claim-days':
    'Ein PayPal-Konflikt muss innerhalb von {days} Tagen nach der Eröffnung in einen Antrag umgewandelt werden, sonst wird er geschlossen.',
  'rule.alternative':
    'Die allgemeine Regel ergäbe den {date} ({rule}); für diese Bestellung gilt die Regel der Seite selbst.',
  'rule.alternativeBare':
    'Die allgemeine Regel ergäbe den {date}; für diese Bestellung gilt die Regel der Seite selbst.',

  'problem.not-received': 'Nicht erhalten (verspätet, oder „zugestellt“, aber nichts kam an)',
  'problem.damaged': 'Beschädigt angekommen',
  'problem.wrong-item': 'Falscher Artikel',
  'problem.missing-items': 'Artikel fehlen',
  'problem.quality-problem': 'Schlechte Qualität',
  'problem.does-not-work': 'Funktioniert nicht / defekt',
  'problem.not-as-described': 'Nicht wie beschrieben',
  'problem.counterfeit': 'Fälschung',
  'problem.size-colour-mismatch': 'Falsche Größe, Farbe oder Ausführung',
  'problem.empty-package': 'Leeres oder unvollständiges Paket',
  'problem.different-shipping-method': 'Mit schlechterer Versandart verschickt',
  'problem.payment-error': 'Zahlung fehlgeschlagen oder falsch abgebucht',
  'problem.money-not-credited': 'Bezahlt, aber die Bestellung gilt als unbezahlt',
  'problem.refund-not-received': 'Erstattung nicht erhalten',
  'problem.order-cancelled': 'Storniert, ohne Erstattung',
  'problem.pay-outside-platform': 'Verkäufer will Zahlung außerhalb von AliExpress',
  'problem.confirm-before-arrival': 'Verkäufer drängt, den Erhalt zu früh zu bestätigen',
  'problem.threats-or-rudeness': 'Verkäufer droht oder ist unhöflich',
  'problem.spam': 'Verkäufer schickt Spam',
  'problem.phishing': 'Verkäufer hat einen Phishing-Link geschickt',
  'problem.inflated-price': 'Überhöhter Preis',
  'problem.changed-quantity': 'Verkäufer hat die Menge geändert',
  'problem.changed-shipping-cost': 'Versandkosten weichen vom Angebot ab',
  'problem.fake-tracking': 'Gefälschte Sendungsnummer',
  'problem.account-question': 'Eine Frage zu meinem Konto',
  'problem.group.order': 'Problem mit der Bestellung',
  'problem.group.payment': 'Zahlung oder Erstattung',
  'problem.group.misconduct': 'Fehlverhalten des Verkäufers',
  'problem.group.account': 'Konto',
  'problem.choice.not-received': 'Nicht angekommen',
  'problem.choice.damaged': 'Beschädigt angekommen',
  'problem.choice.not-as-described': 'Nicht wie beschrieben',
  'problem.choice.missing-items': 'Artikel fehlen',
  'problem.choice.offer': 'Der Verkäufer hat etwas angeboten',
  'problem.choice.other': 'Etwas anderes',

  'formReason.not-received': 'Nicht erhalten',
  'formReason.damaged': 'Beschädigte Ware',
  'formReason.not-as-described': 'Nicht wie beschrieben',
  'formReason.quality-problem': 'Qualitätsproblem',
  'formReason.missing-items': 'Mengenproblem',
  'formReason.wrong-item': 'Falscher Artikel',
  'formReason.does-not-work': 'Funktioniert nicht richtig',
  'formReason.counterfeit': 'Fälschung',
  'formReason.size-colour-mismatch': 'Größe/Farbe/Ausführung nicht wie bestellt',
  'formReason.empty-package': 'Unvollständiges oder leeres Paket',
  'formReason.different-shipping-method': 'Andere Versandart verwendet',

  'evidence.tip.light':
    'Nutz Tageslicht oder helles Licht; auf einem dunklen Foto oder Video ist das Problem nicht zu sehen.',
  'evidence.tip.focus': 'Halt still und stell auf das Problem scharf; wiederhol alles, was verwackelt ist.',
  'evidence.tip.short': 'Halte Videos kurz und auf den Punkt; pack große Videos vor dem Hochladen in ein Zip.',
  'evidence.tip.originals':
    'Heb die Originaldateien auf: Buyer Guard speichert von jeder einen Fingerabdruck (SHA-256).',
  'evidence.order-page-screenshot.what': 'Screenshot der Bestelldetails',
  'evidence.order-page-screenshot.how':
    'Bestellnummer, Artikel, gewählte Variante, Preis, Bestelldatum und Status auf einem Screenshot.',
  'evidence.listing-screenshot.what': 'Screenshot der Produktseite, wie du bestellt hast',
  'evidence.listing-screenshot.how':
    'Titel, Fotos, Beschreibung oder technische Daten, auf die du dich verlassen hast, und die gewählte Variante.',
  'evidence.listing-screenshot.how.inflated-price':
    'Der angegebene Preis (und jeder durchgestrichene „Originalpreis“) mit sichtbarem Datum.',
  'evidence.listing-screenshot.how.changed-shipping-cost':
    'Die Versandkosten, die die Produktseite für dein Land angibt.',
  'evidence.seller-chat-screenshot.what': 'Screenshots deiner Nachrichten mit dem Verkäufer',
  'evidence.seller-chat-screenshot.how': 'Daten, Shopname und das Gesagte sichtbar; heb jeden Screenshot auf.',
  'evidence.label-weight-photo.what':
    'Foto des Versandetiketts mit dem angegebenen Gewicht und des Pakets auf einer Waage',
  'evidence.label-weight-photo.how':
    'Etikett lesbar (Sendungsnummer und Gewicht); Anzeige der Waage und Paket auf demselben Bild.',
  'evidence.unboxing-video.what': 'Video vom Öffnen des Pakets',
  'evidence.unboxing-video.how':
    'Eine durchgehende Aufnahme vom verschlossenen Paket (Etikett sichtbar) bis zum Inhalt.',
  'evidence.tracking-screenshot.what': 'Screenshot des Sendungsverlaufs',
  'evidence.tracking-screenshot.how':
    'Die ganze Liste der Ereignisse mit Daten: keine Zustellung, ein stockender oder seltsamer Verlauf oder „zugestellt“ anderswo.',
  'evidence.tracking-screenshot.how.fake-tracking':
    'Zeigt, dass der Versanddienst die Nummer nicht kennt oder dass sie zu einer anderen Stadt oder einem anderen Land gehört.',
  'evidence.tracking-number.what': 'Die Sendungsnummer und der Versanddienst',
  'evidence.tracking-number.how':
    'Von der Sendungsverfolgung der Bestellung; schau auch auf der Website des Versanddienstes nach und mach einen Screenshot davon.',
  'evidence.customs-papers.what': 'Zollunterlagen, falls das Paket beim Zoll liegt',
  'evidence.customs-papers.how': 'Die Mitteilung oder der Brief des Zolls, alle Seiten, lesbar.',
  'evidence.damage-photos.what': 'Fotos des Schadens aus mehreren Blickwinkeln',
  'evidence.damage-photos.how':
    'Eine Gesamtaufnahme des Artikels, dann eine Nahaufnahme jeder beschädigten Stelle; bei Tageslicht, scharf.',
  'evidence.packaging-photos.what': 'Fotos der Verpackung, wie sie ankam',
  'evidence.packaging-photos.how':
    'Außenkarton und Polsterung innen, alle eingedrückten oder gerissenen Stellen, mit sichtbarem Versandetikett.',
  'evidence.item-next-to-order.what': 'Der erhaltene Artikel neben den Bestelldetails',
  'evidence.item-next-to-order.how':
    'Artikel und Bestellseite (auf dem Bildschirm oder ausgedruckt) auf einem Bild, damit der Unterschied klar ist.',
  'evidence.item-label-photo.what': 'Foto des Etiketts oder der Modellnummer des erhaltenen Artikels',
  'evidence.item-label-photo.what.does-not-work': 'Foto des Typenschilds oder der Seriennummer',
  'evidence.item-label-photo.how': 'Nahaufnahme, lesbar.',
  'evidence.contents-photo.what': 'Foto des gesamten Paketinhalts, ausgelegt',
  'evidence.contents-photo.how':
    'Alles, was ankam, gezählt und nebeneinander, neben den Bestelldetails mit der bestellten Menge.',
  'evidence.defect-video.what': 'Video, das den Mangel zeigt',
  'evidence.defect-video.how':
    'Gutes Licht, ruhige Hand; zeig den ganzen Artikel, dann den Mangel aus der Nähe; sag oder schreib dazu, was nicht stimmt.',
  'evidence.defect-photos.what': 'Nahaufnahmen des Mangels',
  'evidence.defect-photos.how': 'Scharf, wo es hilft mit etwas zum Größenvergleich.',
  'evidence.not-working-video.what': 'Video des nicht funktionierenden Artikels',
  'evidence.not-working-video.how':
    'Richte ihn nach Anleitung ein (geladen, angeschlossen, eingeschaltet) und zeig den Fehler in einer Aufnahme.',
  'evidence.differences-photos.what': 'Fotos oder Videos jeder Abweichung vom Angebot',
  'evidence.differences-photos.how':
    'Ein Bild pro Abweichung; zähl die Abweichungen in deiner Beschreibung in derselben Reihenfolge auf.',
  'evidence.brand-details-photos.what': 'Fotos von Logos, Etiketten, Seriennummern und Verpackung',
  'evidence.brand-details-photos.how':
    'Nahaufnahmen, die zeigen, was die Fälschung ausmacht (falsch geschriebene Marke, fehlendes Hologramm, falsches Seriennummernformat).',
  'evidence.ruler-photo.what': 'Der Artikel flach neben einem Lineal oder Maßband',
  'evidence.ruler-photo.how':
    'Miss das Maß, das die Größentabelle angibt (z. B. Brustweite, Länge), die Zahlen des Lineals lesbar.',
  'evidence.size-label-photo.what': 'Foto des Größenetiketts',
  'evidence.size-label-photo.how': 'Nahaufnahme, lesbar.',
  'evidence.size-chart-screenshot.what': 'Screenshot der Größentabelle im Angebot und der gewählten Variante',
  'evidence.size-chart-screenshot.how': 'Die Zeile deiner Größe sichtbar.',
  'evidence.package-photos.what': 'Fotos des Pakets von allen Seiten, geöffnet und leer (oder unvollständig)',
  'evidence.package-photos.how': 'Zeig die Verschlüsse, jedes Zeichen einer Öffnung und was drin war.',
  'evidence.tracking-carrier-screenshot.what':
    'Screenshot der Sendungsverfolgung mit dem tatsächlich genutzten Versanddienst',
  'evidence.tracking-carrier-screenshot.how': 'Name des Versanddienstes und Sendungsnummer sichtbar.',
  'evidence.chosen-shipping-screenshot.what': 'Screenshot der gewählten und bezahlten Versandart',
  'evidence.chosen-shipping-screenshot.how': 'Aus den Bestelldetails: Name der Versandart und Versandkosten.',
  'evidence.payment-record.what': 'Zeile aus dem Konto- oder Kartenauszug, oder der Zahlungsbeleg',
  'evidence.payment-record.how': 'Betrag, Datum und Händler sichtbar; verdeck Zeilen, die nichts damit zu tun haben.',
  'evidence.payment-record.what.money-not-credited': 'Zahlungsnachweis',
  'evidence.payment-record.how.money-not-credited':
    'Zeile aus dem Konto- oder Kartenauszug, oder der Zahlungsbeleg, mit Betrag und Datum.',
  'evidence.refund-record.what': 'Screenshot der Erstattung auf der Bestell- oder Streitfallseite',
  'evidence.refund-record.how': 'Betrag, Datum und Status der Erstattung sichtbar.',
  'evidence.statement-without-refund.what': 'Konto- oder Kartenauszug seit dem Datum der Erstattung',
  'evidence.statement-without-refund.how':
    'Zeigt, dass die Erstattung nicht angekommen ist; verdeck Zeilen, die nichts damit zu tun haben.',
  'evidence.cancellation-screenshot.what': 'Screenshot der stornierten Bestellung und ihres Erstattungsstatus',
  'evidence.cancellation-screenshot.how': 'Bestellnummer, Stornierungsdatum und Erstattungsstatus sichtbar.',
  'evidence.misconduct-chat-screenshot.how': 'Die Nachricht, ihr Datum und der Shopname auf einem Screenshot.',
  'evidence.misconduct-chat-screenshot.what.pay-outside-platform':
    'Screenshot der Nachricht des Verkäufers, in der er Zahlung außerhalb von AliExpress verlangt',
  'evidence.misconduct-chat-screenshot.what.confirm-before-arrival':
    'Screenshot, wie der Verkäufer dich bittet, den Erhalt vor der Ankunft des Artikels zu bestätigen',
  'evidence.misconduct-chat-screenshot.what.threats-or-rudeness':
    'Screenshots der drohenden oder unhöflichen Nachrichten',
  'evidence.misconduct-chat-screenshot.how.threats-or-rudeness': 'Jede Nachricht, mit Datum und Shopname.',
  'evidence.misconduct-chat-screenshot.what.spam': 'Screenshots der Spam-Nachrichten',
  'evidence.misconduct-chat-screenshot.how.spam': 'Mit Datum und dem Shopnamen des Absenders.',
  'evidence.misconduct-chat-screenshot.what.phishing': 'Screenshot der Phishing-Nachricht oder des Links',
  'evidence.misconduct-chat-screenshot.how.phishing':
    'Öffne den Link nicht; halte die Nachricht mit Datum und Absender fest.',
  'evidence.carrier-site-screenshot.what': 'Screenshot der Website des Versanddienstes zur selben Nummer',
  'evidence.carrier-site-screenshot.how': 'Die Nummer und die Antwort des Versanddienstes sichtbar.',

  'complaint.ipr': 'Schutz geistigen Eigentums (Fälschungen)',
  'complaint.prohibited': 'Eingeschränkte oder verbotene Produkte',
  'complaint.trading-rules': 'Verstöße gegen die Handelsregeln',
  'complaint.search-price-manipulation': 'Preis- und Kategoriemanipulation / Verstöße bei der Suche',
  'complaint.other': 'Sonstiges',
  'complaint.sub.weapons': 'Angriffswaffen und -material',
  'complaint.sub.hazardous-chemicals': 'Entzündliche, explosive und gefährliche Chemikalien',
  'complaint.sub.medical': 'Arzneimittel und Medizinprodukte',
  'complaint.sub.illegal-tools': 'Software, Werkzeuge oder Geräte für illegale Zwecke',
  'complaint.sub.illicit-drugs': 'Illegale Drogen, Grundstoffe und Zubehör',
  'complaint.sub.adult': 'Obszöne Inhalte und Erwachsenenmaterial',
  'complaint.sub.human-parts-flora-fauna': 'Menschliche Überreste, geschützte Tiere und Pflanzen',
  'complaint.sub.other-prohibited': 'Sonstiges Verbotenes',
  'complaint.sub.wrong-category': 'Falsche Kategorie',
  'complaint.sub.wrong-five-category-posting': 'Falsches Einstellen in fünf Kategorien',
  'complaint.sub.incorrect-measuring-units': 'Falsche Maßeinheiten',
  'complaint.sub.prices-too-low': 'Zu niedrige Preise',
  'complaint.sub.sku-infringements': 'SKU-Verstöße',
  'complaint.sub.shipping-cost-mismatch': 'Tatsächliche und angegebene Versandkosten weichen ab',
  'complaint.sub.duplicate-listings': 'Doppelte Angebote',
  'complaint.sub.incorrect-category-title': 'Falscher Kategorietitel',
  'complaint.sub.prices-too-high': 'Zu hohe Preise',
  'complaint.category': '{category} — {subType}',
  'complaint.note.ipr':
    'Wird von Rechteinhabern über ein eigenes Konto eingereicht (Unterlagen geprüft in ~{documents} Werktagen, die Beschwerde in ~{complaint}). Wer als Käufer eine Fälschung erhält, eröffnet einen Streitfall mit dem Grund „Fälschung“.',
  'complaint.note.trading-rules':
    'Zahlung außerhalb der Plattform, Bestätigung des Erhalts vor der Ankunft, Drohungen oder Unhöflichkeit.',
  'complaint.note.other':
    'Spam und Phishing (Phishing hat kein eigenes Formular). Missbräuchliche Bewertungen kannst du innerhalb von {days} Tagen nach der Bewertung melden.',
  'complaint.note.tradingOnNewForm':
    'Das neuere Beschwerdeformular hat keine „Verstöße gegen die Handelsregeln“ mehr: Melde es unter „Sonstiges“ und eröffne für jedes Problem mit der Bestellung einen Streitfall.',
  'complaint.note.fakeTrackingOnNewForm':
    'Das neuere Beschwerdeformular hat keine „Verstöße gegen die Handelsregeln“ mehr: Melde es unter „Sonstiges“ und eröffne für jedes Problem mit der Bestellung einen Streitfall. Eine gefälschte Sendungsnummer ist ein Grund für einen Streitfall „Nicht erhalten“.',
  'complaint.note.pay-outside-platform':
    'Zahlung außerhalb der Plattform zu verlangen verstößt gegen die Handelsregeln.',
  'complaint.note.confirm-before-arrival':
    'Auf „Erhalt bestätigen“ vor der Ankunft zu drängen verstößt gegen die Handelsregeln.',
  'complaint.note.threats-or-rudeness': 'Drohungen und Unhöflichkeit verstoßen gegen die Handelsregeln.',
  'complaint.note.changed-quantity': 'Die Menge nach der Bestellung zu ändern verstößt gegen die Handelsregeln.',
  'complaint.note.fake-tracking':
    'Eine gefälschte Sendungsnummer verstößt gegen die Handelsregeln; eröffne auch einen Streitfall „Nicht erhalten“.',
  'complaint.note.spam': 'Spam meldest du unter „Sonstiges“.',
  'complaint.note.phishing': 'Phishing hat kein eigenes Formular: Nimm „Sonstiges“.',
  'complaint.note.inflated-price': 'Ein überhöhter Preis ist eine Preismanipulation.',
  'complaint.note.changed-shipping-cost': 'Versand anders berechnet als im Angebot.',
};
