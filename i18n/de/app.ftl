# hechting: alle Texte der App (Deutsch).
# Ton: warm, kurz und ruhig; die Leserin oder der Leser wird geduzt; für alle Bezugspersonen.

-app-name = hechting

## Arten von Momenten (Bezeichnung + kurze Beschreibung in der Auswahl)

kind-cuddle = Kuscheln
    .hint = Einfach mal eng beieinander, ganz ohne Grund.
kind-skin-to-skin = Haut an Haut
    .hint = Dein Baby nackt auf deiner nackten Brust, solange du wach und aufmerksam bist.
kind-massage = Massage
    .hint = Langsame Streichbewegungen mit warmen Händen; hör auf, wenn dein Baby sich abwendet.
kind-feeding = Stillen & Fläschchen
    .hint = Brust oder Fläschchen, mit Aufmerksamkeit füreinander.
kind-eye-contact = Blickkontakt
    .hint = Sich anschauen, nur ihr beide.
kind-talking = Erzählen
    .hint = Erzählen, was du tust, siehst oder fühlst.
kind-singing = Singen
    .hint = Ein Lied oder ein Reim; schief singen ist erlaubt.
kind-reading = Vorlesen
    .hint = Zusammen ein Buch anschauen; deine Stimme zählt am meisten.
kind-play = Spielen
    .hint = Zusammen spielen, auf dem Boden oder auf dem Schoß.
kind-peekaboo = Kuckuck
    .hint = Das Gesicht verstecken und wieder auftauchen.
kind-mirror = Spiegel
    .hint = Zusammen in den Spiegel schauen und benennen, was ihr seht.
kind-comfort = Trösten
    .hint = Dein Baby hat geweint und du hast ihm geholfen, ruhig zu werden.
kind-bath = Baden
    .hint = Baden, allein oder zusammen, in aller Ruhe.
kind-walk = Spaziergang
    .hint = Zusammen nach draußen, in der Trage oder im Kinderwagen.
kind-hard-moment = Schwieriger Moment
    .hint = Zwischen euch lief es gerade nicht rund. Das passiert allen.
kind-repair = Wieder zusammen
    .hint = Nach einem schwierigen Moment wieder zueinander gefunden.
kind-milestone = Meilenstein
    .hint = Etwas Neues oder Besonderes, das du festhalten möchtest.
kind-other = Etwas anderes
    .hint = Ein Moment, der sonst nirgends passt.

## Themen der Tipps

theme-bonding = Bindung
theme-touch = Berührung
theme-play = Spielen
theme-talk = Sprechen
theme-soothing = Trösten
theme-routine = Rhythmus
theme-carers = Andere Bezugspersonen
theme-feelings = Gefühle
theme-self-care = Für dich selbst sorgen

## Phasen

phase-expecting = Vor der Geburt
    .about = Dein Baby hört deine Stimme schon; du darfst dich in Ruhe auf alles einstellen.
phase-newborn = Neugeboren
    .about = Vom ersten Tag an sucht dein Baby Nähe, und du lernst seine Signale kennen.
phase-familiar-faces = Vertraute Gesichter
    .about = Dein Baby kennt dein Gesicht und deine Stimme und sucht immer öfter das Vertraute.
phase-clear-attachment = Deutliche Bindung
    .about = Die Bindung wird sichtbar: Dein Baby möchte vor allem bei vertrauten Menschen sein.
phase-explorer = Entdeckerzeit
    .about = Von dir als sicherer Basis aus zieht dein Kind los und kommt zum Trösten zurück.
phase-toddler = Kleinkind
    .about = Dein Kind will immer mehr selbst machen und braucht dich trotzdem genauso sehr.

## Alter

# Variables: $days (number) - age in days
age-days =
    { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
# Variables: $weeks (number) - age in weeks
age-weeks =
    { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    }
# Variables: $months (number) - age in months
age-months =
    { $months ->
        [one] { $months } Monat
       *[other] { $months } Monate
    }
# Variables: $months (number) - whole months; $weeks (number) - remaining weeks
age-months-weeks =
    { $months ->
        [one] { $months } Monat
       *[other] { $months } Monate
    } und { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    }
# Variables: $years (number) - age in years
age-years =
    { $years ->
        [one] { $years } Jahr
       *[other] { $years } Jahre
    }
# Variables: $years (number) - whole years; $months (number) - remaining months
age-years-months =
    { $years ->
        [one] { $years } Jahr
       *[other] { $years } Jahre
    } und { $months ->
        [one] { $months } Monat
       *[other] { $months } Monate
    }
# Variables: $days (number) - days until the due date
age-expecting =
    { $days ->
        [one] noch { $days } Tag
       *[other] noch { $days } Tage
    }
age-due-today = heute ist der errechnete Termin
# Variables: $days (number) - days since the due date, no birth date filled in yet
age-overdue =
    { $days ->
        [one] { $days } Tag nach dem errechneten Termin
       *[other] { $days } Tage nach dem errechneten Termin
    }
# Variables: $age (string) - already formatted age phrase; $corrected (number) - corrected age in the same unit as $age
age-corrected = { $age } (korrigiert { $corrected })
# Variables: $age (string) - already formatted age phrase; $days (number) - days until the due date
age-corrected-before-due =
    { $age } ({ $days ->
        [one] noch { $days } Tag bis zum errechneten Termin
       *[other] noch { $days } Tage bis zum errechneten Termin
    })
# Variables: $count (number) - number of moments
moments-count =
    { $count ->
        [one] { $count } Moment
       *[other] { $count } Momente
    }
# Variables: $count (number) - number of moments; $kind (string) - already localized kind label
moments-count-kind =
    { $count ->
        [one] { $count }× { $kind }
       *[other] { $count }× { $kind }
    }

## Fehlermeldungen

error-name-empty = Bitte gib einen Namen ein; ein Spitzname ist auch in Ordnung.
error-name-too-long = Dieser Name ist länger als 80 Zeichen; bitte kürze ihn etwas.
error-name-invalid-characters = Der Name enthält ein Zeichen, das nicht gespeichert werden kann; entferne es und versuch es noch einmal.
error-dates-missing = Bitte gib ein Geburtsdatum oder einen errechneten Termin ein.
error-date-invalid = Dieses Datum gibt es nicht; bitte wähle es noch einmal.
error-birth-date-in-future = Das Geburtsdatum liegt in der Zukunft; wähle heute oder früher, oder gib stattdessen den errechneten Termin ein.
error-due-date-too-far = Der errechnete Termin liegt mehr als 300 Tage in der Zukunft; bitte prüf das Datum.
error-birth-too-late = Das Geburtsdatum liegt mehr als 4 Wochen nach dem errechneten Termin; bitte prüf beide Daten.
error-birth-too-early = Das Geburtsdatum liegt mehr als 18 Wochen vor dem errechneten Termin; bitte prüf beide Daten.
error-note-too-long = Diese Notiz ist länger als 4000 Zeichen; bitte kürze sie etwas.
error-caregiver-too-long = Der Name bei „Wer war dabei?“ ist zu lang; bitte kürze ihn.
error-note-invalid-characters = Diese Notiz enthält ein Zeichen, das wir nicht speichern können. Entferne es und versuche es noch einmal.
error-caregiver-invalid-characters = Im Feld „Wer war dabei?“ steht ein Zeichen, das wir nicht speichern können. Entferne es und versuche es noch einmal.
error-kind-unknown = Diese Art von Moment kennen wir nicht; bitte wähle eine aus der Liste.
error-time-out-of-range = Diese Uhrzeit kann nicht stimmen; bitte wähle eine andere.
error-utc-offset-out-of-range = Die Zeitzone deines Handys scheint nicht zu stimmen; bitte prüf sie in den Einstellungen deines Handys.
error-duration-out-of-range = Diese Dauer kann nicht gespeichert werden; bitte wähle eine andere.
error-limit-out-of-range = Die Liste konnte nicht geladen werden; bitte versuch es noch einmal.
error-cursor-invalid = Die Liste hat sich inzwischen geändert; bitte lade sie neu.
error-days-out-of-range = Dieser Zeitraum ist zu lang für die Anzeige; bitte wähle einen kürzeren.
error-date-range-reversed = Das Enddatum liegt vor dem Startdatum; bitte tausch die beiden.
error-locale-unknown = Diese Sprache ist nicht verfügbar; bitte wähle eine aus der Liste.
error-theme-unknown = Dieses Thema kennen wir nicht; bitte wähle eines aus der Liste.
error-id-invalid = Dieser Eintrag wurde nicht gefunden; geh zurück und versuch es noch einmal.
error-import-invalid = Diese Datei kann nicht gelesen werden; bitte wähle eine Exportdatei von { -app-name }.
error-import-format-unsupported = Diese Version der Exportdatei kennen wir noch nicht; aktualisiere die App und versuch es noch einmal.
error-import-too-large = Diese Datei ist zu groß zum Einlesen; bitte wähle eine kleinere Exportdatei.
error-tip-id-invalid = Diese Datei enthält einen Tipp, der nicht gelesen werden kann; bitte wähle eine Exportdatei von { -app-name }.
error-pairing-code-missing = Leg zuerst einen Kopplungscode fest – auf beiden Handys denselben.
error-pairing-code-too-short = Der Kopplungscode braucht mindestens 8 Zeichen; ein paar Wörter hintereinander eignen sich gut.
error-pairing-code-too-long = Der Kopplungscode ist länger als 128 Zeichen; bitte kürze ihn etwas.
error-pairing-code-invalid-characters = Der Kopplungscode enthält ein Zeichen, das nicht geht; entferne es und versuch es noch einmal.
error-share-invalid = Diese Datei ist kein Paket von { -app-name }; teile bitte noch einmal vom anderen Handy aus.
error-share-not-opened = Dieses Paket lässt sich nicht öffnen: Auf dem anderen Handy ist ein anderer Kopplungscode eingestellt, oder die Datei wurde unterwegs verändert. Prüf den Code auf beiden Handys; es wurde nichts verändert.
error-share-format-unsupported = Dieses Paket stammt aus einer neueren Version von { -app-name }; bitte aktualisiere die App, es wurde nichts verändert.
error-share-too-large = Diese Datei ist zu groß für ein Paket von { -app-name }; bitte wähle eine andere Datei.
error-share-own-bundle = Dieses Paket stammt von diesem Handy selbst; öffne es auf dem anderen Handy.
error-child-not-found = Dieses Kind ist nicht mehr in der App; geh zurück zur Übersicht.
error-moment-not-found = Diesen Moment gibt es nicht mehr; vielleicht wurde er schon gelöscht.
error-tip-not-found = Dieser Tipp wurde nicht gefunden; geh zurück und wähle einen anderen.
error-article-not-found = Dieser Artikel wurde nicht gefunden; geh zurück zur Liste.
error-backup-not-found = Diese Sicherung gibt es nicht mehr; bitte wähle eine andere.
error-nothing-to-undo = Es gibt nichts mehr rückgängig zu machen.
error-storage = Speichern hat nicht geklappt; bitte versuch es gleich noch einmal.
error-storage-full = Dein Handy ist voll, deshalb konnte nichts gespeichert werden; mach etwas Platz frei und versuch es noch einmal.
error-corrupt = Die Daten der App sind beschädigt. Schließ Widgets oder andere Teile der App, die sie nutzen, und versuch es noch einmal; was du geschrieben hast, bleibt erhalten.
error-database-too-new = Deine Daten stammen aus einer neueren Version von { -app-name }; bitte aktualisiere die App, es wurde nichts verändert.
error-interrupted = Das wurde unterbrochen, bevor es fertig war; bitte versuch es noch einmal.
error-journal-busy = Ein anderer Teil der App (zum Beispiel ein Widget) nutzt das Tagebuch noch; schließ ihn und versuch es gleich noch einmal. Es wurde nichts verändert.
error-unexpected = Etwas Unerwartetes ist schiefgegangen; bitte versuch es noch einmal.

## Wiederherstellung nach beschädigten Daten

# Variables: $date (string) - date of the restored backup, already formatted
recovery-restored-backup = Deine Daten waren beschädigt. Wir haben eine Kopie davon aufbewahrt und die Sicherung vom { $date } wiederhergestellt.
recovery-started-empty = Deine Daten waren beschädigt und es gab noch keine Sicherung. Wir haben eine Kopie aufbewahrt und neu angefangen.

## Willkommen

onboarding-welcome-title = Willkommen bei { -app-name }
onboarding-intro-1 = Jeden Tag ein kleiner Tipp, passend zum Alter deines Babys.
onboarding-intro-2 = Kurze Artikel zum Lesen, wann immer es dir passt.
onboarding-start = Los geht’s
onboarding-add-child-title = Über dein Baby
onboarding-name-label = Name
onboarding-name-hint = Noch kein Name? Ein Spitzname ist auch in Ordnung.
onboarding-born-question = Ist dein Baby schon geboren?
onboarding-born-yes = Ja, schon geboren
onboarding-born-no = Nein, noch nicht
onboarding-birth-date-label = Geburtsdatum
onboarding-due-date-label = Errechneter Termin
onboarding-due-date-hint = Zu früh geboren? Gib auch den errechneten Termin ein, dann passen die Tipps besser.
onboarding-twins-hint = Zwillinge oder mehr? Füge jedes Kind einzeln hinzu.
onboarding-add-another = Noch ein Kind hinzufügen
onboarding-finish = Zur App
onboarding-privacy-title = Alles bleibt bei dir
onboarding-privacy = Was du eingibst, bleibt auf diesem Handy. Nichts wird verschickt.

## Heute

home-greeting = Schön, dass du da bist
home-greeting-morning = Guten Morgen
home-greeting-afternoon = Guten Tag
home-greeting-evening = Guten Abend
home-today-tip-title = Tipp des Tages
# Variables: $name (string) - the child's name
home-tip-for = Tipp für { $name }
home-age-heading = Alter
home-corrected-hint = Korrigiertes Alter: ab dem errechneten Termin gezählt.
home-due-heading = Bis zum errechneten Termin
home-latest-moments = Letzte Momente
home-log-moment = Moment festhalten
home-no-moments = Noch keine Momente. Halte einen fest, wann es dir passt; auch Kuscheln zählt.
home-no-tip = Heute kein neuer Tipp. Einfach zusammen sein reicht auch.
home-no-tip-hint = Themen kannst du in den Einstellungen ein- oder ausschalten.

## Tagebuch

journal-title = Tagebuch
journal-add = Moment festhalten
journal-edit = Moment bearbeiten
journal-delete = Moment löschen
journal-deleted = Moment gelöscht
journal-deleted-undo = Rückgängig
journal-restore = Wiederherstellen
journal-restored = Moment wiederhergestellt
journal-kind-label = Art des Moments
journal-note-label = Notiz
journal-note-placeholder = Was ist dir aufgefallen? Darf auch leer bleiben.
journal-duration-label = Wie lange?
# Variables: $minutes (number) - duration of the moment in minutes
journal-duration-minutes =
    { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }
journal-caregiver-label = Wer war bei deinem Baby?
journal-caregiver-placeholder = Zum Beispiel du, Oma oder Opa
journal-time-label = Uhrzeit
journal-filter-kind = Nach Art filtern
journal-filter-all = Alle Momente
journal-search-placeholder = In deinen Notizen suchen
journal-search-empty = Nichts gefunden. Versuch es mit einem anderen Wort.
journal-empty = Dein Tagebuch ist noch leer. Jeder Moment zählt, auch der kleinste.
journal-load-more = Mehr laden
journal-day-chart-title = Momente pro Tag
journal-today = Heute
journal-yesterday = Gestern

## Tipps

tips-title = Tipps
tips-tried = Ausprobiert
tips-favourite = Merken
tips-unfavourite = Nicht mehr merken
tips-not-for-me = Nichts für mich
tips-not-for-me-undo = Doch anzeigen
tips-hidden = Wir zeigen dir diesen Tipp nicht mehr.
tips-favourites-title = Gemerkte Tipps
tips-favourites-empty = Noch keine gemerkten Tipps. Mit Merken findest du einen Tipp später schnell wieder.
tips-history-title = Frühere Tipps
tips-history-empty = Hier erscheinen die Tipps, die du schon bekommen hast.
tips-upcoming-title = Demnächst
tips-why-title = Warum dieser Tipp?
# Variables: $theme (string) - already localized theme label
tips-why-theme = Thema: { $theme }
tips-notification-title = Dein Tipp für heute

## Artikel

articles-title = Lesen
# Variables: $minutes (number) - estimated reading time in minutes
articles-reading-minutes =
    { $minutes ->
        [one] { $minutes } Minute Lesezeit
       *[other] { $minutes } Minuten Lesezeit
    }
articles-sources = Quellen
articles-back = Zurück zu den Artikeln

## Einstellungen

settings-title = Einstellungen
settings-language = Sprache
settings-language-system = Sprache des Handys verwenden
settings-themes-title = Themen der Tipps
settings-themes-explanation = Schalte ein Thema aus, wenn es gerade nicht zu dir passt. Du kannst es später wieder einschalten.
settings-notification-title = Erinnerung
settings-notification-time = Uhrzeit für den täglichen Tipp
settings-export = Daten exportieren
settings-export-hint = Erstelle eine Datei mit all deinen Daten, zum Beispiel für ein neues Handy.
settings-export-done = Die Exportdatei ist fertig.
settings-import = Daten importieren
settings-import-hint = Lies eine Exportdatei von { -app-name } ein. Was schon da ist, bleibt erhalten.
# Variables: $added (number) - new items; $updated (number) - changed items; $unchanged (number) - items that stayed the same
settings-import-result =
    Fertig: { $added ->
        [one] { $added } neuer Eintrag
       *[other] { $added } neue Einträge
    }, { $updated ->
        [one] { $updated } Eintrag aktualisiert
       *[other] { $updated } Einträge aktualisiert
    }, { $unchanged ->
        [one] { $unchanged } Eintrag unverändert
       *[other] { $unchanged } Einträge unverändert
    }.
settings-share-title = Tagebuch teilen
settings-share-hint = Führe ein Tagebuch auf zwei Handys: Erstelle hier ein Paket und öffne es auf dem anderen Handy, danach umgekehrt.
settings-share-code = Kopplungscode
settings-share-code-hint = Wähle gemeinsam einen Code mit mindestens 8 Zeichen und gib ihn auf beiden Handys ein. Nur mit diesem Code geht ein Paket auf.
settings-share-make = Mit dem anderen Handy teilen
settings-share-done = Das Paket für das andere Handy ist fertig.
settings-share-receive = Paket öffnen
settings-backups-title = Sicherungen
settings-backups-hint = Die App bewahrt Sicherungen auf diesem Handy auf.
settings-backups-empty = Es gibt noch keine Sicherung.
settings-backup-restore = Diese Sicherung wiederherstellen
settings-backup-restore-confirm = Deine aktuellen Daten werden durch diese Sicherung ersetzt. Fortfahren?
settings-backup-restored = Die Sicherung wurde wiederhergestellt.
settings-about-title = Über { -app-name }
settings-about-text = { -app-name } begleitet dich mit kleinen Momenten im Alltag zu einer sicheren Bindung mit deinem Baby. Wenn du dir Sorgen machst, frag gern im Consultatiebureau (Kinderberatungsstelle) oder bei deinem Hausarzt (huisarts) nach.
settings-privacy-title = Datenschutz
settings-privacy-text = Alles, was du eingibst, bleibt auf diesem Handy. Nichts verlässt es, außer du teilst selbst einen Export oder ein Paket.

## Allgemein

common-save = Speichern
common-cancel = Abbrechen
common-delete = Löschen
common-undo = Rückgängig
common-close = Schließen
common-retry = Noch einmal versuchen
common-ok = OK
common-yes = Ja
common-no = Nein
common-back = Zurück
common-next = Weiter
common-done = Fertig

## Kinder

child-list-title = Deine Kinder
child-add = Kind hinzufügen
child-edit = Angaben bearbeiten
child-remove = Kind entfernen
# Variables: $name (string) - the child's name
child-remove-confirm = { $name } entfernen? Alle Momente und Notizen zu { $name } werden dann auch gelöscht.

## Terminal shell (hechting-cli)

cli-no-child = Noch kein Kind. Füge eins hinzu: hechting child add <Name> --born JJJJ-MM-TT
# Variables: $names (string) - the children's names, comma-separated
cli-choose-child = Es gibt mehr als ein Kind ({ $names }); wähle eins mit --child <Name oder ID>.
# Variables: $name (string) - a child's name
cli-child-name-twice = Mehr als ein Kind heißt { $name }; wähle über die ID (siehe hechting child list).
# Variables: $name (string) - a child's name; $id (string) - the child's id
cli-child-removed = { $name } wurde entfernt. Zurückholen: hechting child restore { $id }
# Variables: $file (string) - a file path; $reason (string) - the system's reason
cli-file-failed = Die Datei { $file } ließ sich nicht verwenden ({ $reason }); prüfe den Pfad und versuche es noch einmal.
cli-no-data-dir = Dieser Computer hat keinen Datenordner für { -app-name }; gib mit --db <Datei> eine Datenbankdatei an.
# Variables: $file (string) - the demo database's path
cli-demo-footer = Das ist ein Beispieltagebuch, gespeichert in { $file }. Zum Umsehen:
cli-undo-hint = Zurückholen: hechting undo
# Variables: $command (string) - the command for the next page
cli-next-page = Mehr: { $command }
# Variables: $file (string) - where the damaged file was kept
cli-recovered-copy = Die beschädigte Datei wurde als { $file } aufbewahrt.
