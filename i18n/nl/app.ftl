# hechting: alle teksten van de app (Nederlands, brontaal).
# Toon: warm, kort en rustig; spreek de lezer aan met je/jij; voor elke verzorger.

-app-name = hechting

## Soorten momenten (label + korte uitleg in de kiezer)

kind-cuddle = Knuffelen
    .hint = Even lekker dicht tegen je aan, zomaar.
kind-skin-to-skin = Huid op huid
    .hint = Je baby bloot op je blote borst, terwijl jij wakker en alert bent.
kind-massage = Massage
    .hint = Rustige streken met warme handen; stop als je baby zich afwendt.
kind-feeding = Voeden
    .hint = Borst of fles, met aandacht voor elkaar.
kind-eye-contact = Oogcontact
    .hint = Elkaar aankijken, even alleen jullie twee.
kind-talking = Praten
    .hint = Vertellen wat je doet, ziet of voelt.
kind-singing = Zingen
    .hint = Een liedje of versje; vals zingen mag.
kind-reading = Voorlezen
    .hint = Samen een boekje; je stem is het belangrijkst.
kind-play = Spelen
    .hint = Samen spelen, op de grond of op schoot.
kind-peekaboo = Kiekeboe
    .hint = Je gezicht verstoppen en weer tevoorschijn komen.
kind-mirror = Spiegel
    .hint = Samen in de spiegel kijken en benoemen wat je ziet.
kind-comfort = Troosten
    .hint = Je baby huilde en jij hielp weer tot rust te komen.
kind-bath = In bad
    .hint = Badje of samen in bad, rustig aan.
kind-walk = Wandelen
    .hint = Samen naar buiten, in de draagzak of de wagen.
kind-hard-moment = Lastig moment
    .hint = Het liep even niet lekker tussen jullie. Dat overkomt iedereen.
kind-repair = Weer samen
    .hint = Na een lastig moment weer contact gemaakt.
kind-milestone = Mijlpaal
    .hint = Iets nieuws of bijzonders om te onthouden.
kind-other = Iets anders
    .hint = Een moment dat nergens anders bij past.

## Onderwerpen van de tips

theme-bonding = Band
theme-touch = Aanraking
theme-play = Spelen
theme-talk = Praten
theme-soothing = Troosten
theme-routine = Ritme
theme-carers = Andere verzorgers
theme-feelings = Gevoelens
theme-self-care = Zorg voor jezelf

## Fasen

phase-expecting = Voor de geboorte
    .about = Je baby hoort je stem al; jij mag rustig wennen aan wat komt.
phase-newborn = Pasgeboren
    .about = Je baby zoekt vanaf dag één nabijheid, en jij leert de signalen kennen.
phase-familiar-faces = Bekende gezichten
    .about = Je baby herkent je gezicht en stem en zoekt steeds vaker wat vertrouwd is.
phase-clear-attachment = Duidelijke hechting
    .about = De band wordt zichtbaar: je baby wil vooral bij vertrouwde mensen zijn.
phase-explorer = Ontdekker
    .about = Vanuit jou als veilige basis gaat je kind op pad, en komt terug voor troost.
phase-toddler = Peuter
    .about = Je kind wil steeds meer zelf, en heeft jou nog net zo hard nodig.

## Leeftijd

# Variables: $days (number) - age in days
age-days =
    { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    }
# Variables: $weeks (number) - age in weeks
age-weeks =
    { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weken
    }
# Variables: $months (number) - age in months
age-months =
    { $months ->
        [one] { $months } maand
       *[other] { $months } maanden
    }
# Variables: $months (number) - whole months; $weeks (number) - remaining weeks
age-months-weeks =
    { $months ->
        [one] { $months } maand
       *[other] { $months } maanden
    } en { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weken
    }
# Variables: $years (number) - age in years
age-years =
    { $years ->
        [one] { $years } jaar
       *[other] { $years } jaar
    }
# Variables: $years (number) - whole years; $months (number) - remaining months
age-years-months =
    { $years ->
        [one] { $years } jaar
       *[other] { $years } jaar
    } en { $months ->
        [one] { $months } maand
       *[other] { $months } maanden
    }
# Variables: $days (number) - days until the due date
age-expecting =
    { $days ->
        [one] nog { $days } dag
       *[other] nog { $days } dagen
    }
age-due-today = vandaag uitgerekend
# Variables: $days (number) - days since the due date, no birth date filled in yet
age-overdue =
    { $days ->
        [one] { $days } dag na de uitgerekende datum
       *[other] { $days } dagen na de uitgerekende datum
    }
# Variables: $age (string) - already formatted age phrase; $corrected (number) - corrected age in the same unit as $age
age-corrected = { $age } (gecorrigeerd { $corrected })
# Variables: $age (string) - already formatted age phrase; $days (number) - days until the due date
age-corrected-before-due =
    { $age } ({ $days ->
        [one] nog { $days } dag tot de uitgerekende datum
       *[other] nog { $days } dagen tot de uitgerekende datum
    })
# Variables: $count (number) - number of moments
moments-count =
    { $count ->
        [one] { $count } moment
       *[other] { $count } momenten
    }
# Variables: $count (number) - number of moments; $kind (string) - already localized kind label
moments-count-kind =
    { $count ->
        [one] { $count }× { $kind }
       *[other] { $count }× { $kind }
    }

## Foutmeldingen

error-name-empty = Vul een naam in; een bijnaam is ook goed.
error-name-too-long = Deze naam is langer dan 80 tekens; maak hem wat korter.
error-name-invalid-characters = De naam bevat een teken dat niet bewaard kan worden; haal het weg en probeer het opnieuw.
error-dates-missing = Vul een geboortedatum of een uitgerekende datum in.
error-date-invalid = Deze datum bestaat niet; kies de datum opnieuw.
error-birth-date-in-future = De geboortedatum ligt in de toekomst; kies vandaag of eerder, of vul een uitgerekende datum in.
error-due-date-too-far = De uitgerekende datum ligt meer dan 300 dagen vooruit; kijk de datum even na.
error-birth-too-late = De geboortedatum ligt meer dan 4 weken na de uitgerekende datum; kijk beide datums even na.
error-birth-too-early = De geboortedatum ligt meer dan 18 weken voor de uitgerekende datum; kijk beide datums even na.
error-note-too-long = Deze notitie is langer dan 4000 tekens; maak hem wat korter.
error-caregiver-too-long = De naam bij ‘wie was erbij’ is te lang; maak hem wat korter.
error-note-invalid-characters = Deze notitie bevat een teken dat we niet kunnen bewaren; haal het weg en probeer het opnieuw.
error-caregiver-invalid-characters = Bij ‘wie was erbij’ staat een teken dat we niet kunnen bewaren; haal het weg en probeer het opnieuw.
error-kind-unknown = Deze soort moment kennen we niet; kies een soort uit de lijst.
error-time-out-of-range = Dit tijdstip kan niet kloppen; kies een ander tijdstip.
error-utc-offset-out-of-range = De tijdzone van je telefoon lijkt niet te kloppen; kijk die na in de instellingen van je telefoon.
error-duration-out-of-range = Deze duur kan niet bewaard worden; kies een andere duur.
error-limit-out-of-range = De lijst kon niet geladen worden; probeer het opnieuw.
error-cursor-invalid = De lijst is intussen veranderd; laad hem opnieuw.
error-days-out-of-range = Deze periode is te lang om te tonen; kies een kortere periode.
error-date-range-reversed = De einddatum ligt voor de begindatum; draai ze om.
error-locale-unknown = Deze taal is niet beschikbaar; kies een taal uit de lijst.
error-theme-unknown = Dit onderwerp kennen we niet; kies een onderwerp uit de lijst.
error-id-invalid = Dit onderdeel kon niet gevonden worden; ga terug en probeer het opnieuw.
error-import-invalid = Dit bestand kan niet ingelezen worden; kies een exportbestand van { -app-name }.
error-import-format-unsupported = Deze versie van het exportbestand kennen we nog niet; werk de app bij en probeer het opnieuw.
error-import-too-large = Dit bestand is te groot om in te lezen; kies een kleiner exportbestand.
error-tip-id-invalid = Dit bestand bevat een tip die niet gelezen kan worden; kies een exportbestand van { -app-name }.
error-pairing-code-missing = Stel eerst een koppelcode in: op beide telefoons dezelfde.
error-pairing-code-too-short = De koppelcode heeft minstens 8 tekens nodig; een paar woorden achter elkaar werkt goed.
error-pairing-code-too-long = De koppelcode is langer dan 128 tekens; maak hem wat korter.
error-pairing-code-invalid-characters = De koppelcode bevat een teken dat niet kan; haal het weg en probeer het opnieuw.
error-share-invalid = Dit bestand is geen bundel van { -app-name }; deel vanaf de andere telefoon nog een keer.
error-share-not-opened = Deze bundel gaat niet open: op de andere telefoon staat een andere koppelcode, of het bestand is onderweg veranderd. Kijk de code op beide telefoons na; er is niets veranderd.
error-share-format-unsupported = Deze bundel komt uit een nieuwere versie van { -app-name }; werk de app bij, er is niets veranderd.
error-share-too-large = Dit bestand is te groot voor een bundel van { -app-name }; kies een ander bestand.
error-share-own-bundle = Deze bundel komt van deze telefoon zelf; open hem op de andere telefoon.
error-child-not-found = Dit kind staat niet meer in de app; ga terug naar het overzicht.
error-moment-not-found = Dit moment is er niet meer; misschien is het al verwijderd.
error-tip-not-found = Deze tip kon niet gevonden worden; ga terug en kies een andere.
error-article-not-found = Dit artikel kon niet gevonden worden; ga terug naar de lijst.
error-backup-not-found = Deze reservekopie is er niet meer; kies een andere.
error-nothing-to-undo = Er is niets meer om ongedaan te maken.
error-storage = Opslaan is niet gelukt; probeer het zo nog eens.
error-storage-full = Je telefoon is vol, dus er kon niets bewaard worden; maak wat ruimte vrij en probeer het opnieuw.
error-corrupt = De gegevens van de app zijn beschadigd. Sluit widgets of andere onderdelen van de app die ze gebruiken en probeer het opnieuw; wat je schreef blijft bewaard.
error-database-too-new = Je gegevens komen uit een nieuwere versie van { -app-name }; werk de app bij, er is niets veranderd.
error-interrupted = Dit werd onderbroken voordat het klaar was; probeer het opnieuw.
error-journal-busy = Een ander onderdeel van de app (bijvoorbeeld een widget) gebruikt het dagboek nog; sluit het en probeer het zo opnieuw. Er is niets veranderd.
error-unexpected = Er ging onverwacht iets mis; probeer het opnieuw.

## Herstel na beschadigde gegevens

# Variables: $date (string) - date of the restored backup, already formatted
recovery-restored-backup = Je gegevens waren beschadigd. We hebben er een kopie van bewaard en de reservekopie van { $date } teruggezet.
recovery-started-empty = Je gegevens waren beschadigd en er was nog geen reservekopie. We hebben een kopie bewaard en zijn opnieuw begonnen.

## Welkom

onboarding-welcome-title = Welkom bij { -app-name }
onboarding-intro-1 = Elke dag één kleine tip die past bij de leeftijd van je baby.
onboarding-intro-2 = Korte artikelen om te lezen wanneer het jou uitkomt.
onboarding-start = Beginnen
onboarding-add-child-title = Over je baby
onboarding-name-label = Naam
onboarding-name-hint = Nog geen naam? Een bijnaam is ook goed.
onboarding-born-question = Is je baby al geboren?
onboarding-born-yes = Ja, al geboren
onboarding-born-no = Nee, nog niet
onboarding-birth-date-label = Geboortedatum
onboarding-due-date-label = Uitgerekende datum
onboarding-due-date-hint = Te vroeg geboren? Vul ook de uitgerekende datum in, dan passen de tips beter.
onboarding-twins-hint = Tweeling of meer? Voeg elk kind apart toe.
onboarding-add-another = Nog een kind toevoegen
onboarding-finish = Naar de app
onboarding-privacy-title = Alles blijft bij jou
onboarding-privacy = Wat je invult blijft op deze telefoon. Er wordt niets verstuurd.

## Vandaag

home-greeting = Fijn dat je er bent
home-greeting-morning = Goedemorgen
home-greeting-afternoon = Goedemiddag
home-greeting-evening = Goedenavond
home-today-tip-title = Tip van vandaag
# Variables: $name (string) - the child's name
home-tip-for = Tip voor { $name }
home-age-heading = Leeftijd
home-corrected-hint = Gecorrigeerde leeftijd: gerekend vanaf de uitgerekende datum.
home-due-heading = Tot de uitgerekende datum
home-latest-moments = Laatste momenten
home-log-moment = Moment vastleggen
home-no-moments = Nog geen momenten. Leg er een vast wanneer het jou uitkomt; een knuffel telt ook.
home-no-tip = Vandaag geen nieuwe tip. Gewoon samen zijn is ook genoeg.
home-no-tip-hint = Onderwerpen aan- of uitzetten kan bij Instellingen.

## Dagboek

journal-title = Dagboek
journal-add = Moment vastleggen
journal-edit = Moment aanpassen
journal-delete = Moment verwijderen
journal-deleted = Moment verwijderd
journal-deleted-undo = Ongedaan maken
journal-restore = Terugzetten
journal-restored = Moment teruggezet
journal-kind-label = Soort moment
journal-note-label = Notitie
journal-note-placeholder = Wat viel je op? Mag ook leeg blijven.
journal-duration-label = Hoe lang?
# Variables: $minutes (number) - duration of the moment in minutes
journal-duration-minutes =
    { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    }
journal-caregiver-label = Wie was er bij je baby?
journal-caregiver-placeholder = Bijvoorbeeld jij, je partner of een opa of oma
journal-time-label = Tijdstip
journal-filter-kind = Filter op soort
journal-filter-all = Alle momenten
journal-search-placeholder = Zoek in je notities
journal-search-empty = Niets gevonden. Probeer een ander woord.
journal-empty = Je dagboek is nog leeg. Elk moment telt, hoe klein ook.
journal-load-more = Meer laden
journal-day-chart-title = Momenten per dag
journal-today = Vandaag
journal-yesterday = Gisteren

## Tips

tips-title = Tips
tips-tried = Geprobeerd
tips-favourite = Bewaren
tips-unfavourite = Niet meer bewaren
tips-not-for-me = Niet voor mij
tips-not-for-me-undo = Toch laten zien
tips-hidden = We laten deze tip niet meer zien.
tips-favourites-title = Bewaarde tips
tips-favourites-empty = Nog geen bewaarde tips. Tik op Bewaren bij een tip die je wilt terugvinden.
tips-history-title = Eerdere tips
tips-history-empty = Hier komen de tips die je eerder kreeg.
tips-upcoming-title = Binnenkort
tips-why-title = Waarom deze tip?
# Variables: $theme (string) - already localized theme label
tips-why-theme = Onderwerp: { $theme }
tips-notification-title = Je tip voor vandaag

## Artikelen

articles-title = Lezen
# Variables: $minutes (number) - estimated reading time in minutes
articles-reading-minutes =
    { $minutes ->
        [one] { $minutes } minuut lezen
       *[other] { $minutes } minuten lezen
    }
articles-sources = Bronnen
articles-back = Terug naar artikelen

## Instellingen

settings-title = Instellingen
settings-language = Taal
settings-language-system = Taal van de telefoon gebruiken
settings-themes-title = Onderwerpen van de tips
settings-themes-explanation = Zet een onderwerp uit als het nu niet bij je past. Je kunt het later weer aanzetten.
settings-notification-title = Herinnering
settings-notification-time = Tijdstip van de dagelijkse tip
settings-export = Gegevens exporteren
settings-export-hint = Maak een bestand met al je gegevens, bijvoorbeeld voor een nieuwe telefoon.
settings-export-done = Het exportbestand is klaar.
settings-import = Gegevens importeren
settings-import-hint = Lees een exportbestand van { -app-name } in. Wat er al staat, blijft bewaard.
# Variables: $added (number) - new items; $updated (number) - changed items; $unchanged (number) - items that stayed the same
settings-import-result =
    Klaar: { $added ->
        [one] { $added } nieuw item
       *[other] { $added } nieuwe items
    }, { $updated ->
        [one] { $updated } item bijgewerkt
       *[other] { $updated } items bijgewerkt
    }, { $unchanged ->
        [one] { $unchanged } item ongewijzigd
       *[other] { $unchanged } items ongewijzigd
    }.
settings-share-title = Dagboek delen
settings-share-hint = Houd één dagboek bij op twee telefoons: maak hier een bundel en open die op de andere telefoon, en daarna andersom.
settings-share-code = Koppelcode
settings-share-code-hint = Kies samen een code van minstens 8 tekens en vul hem op beide telefoons in. Alleen met deze code gaat een bundel open.
settings-share-make = Delen met de andere telefoon
settings-share-done = De bundel voor de andere telefoon is klaar.
settings-share-receive = Bundel openen
settings-backups-title = Reservekopieën
settings-backups-hint = De app bewaart reservekopieën op deze telefoon.
settings-backups-empty = Er is nog geen reservekopie.
settings-backup-restore = Deze reservekopie terugzetten
settings-backup-restore-confirm = Je huidige gegevens worden vervangen door die van deze reservekopie. Doorgaan?
settings-backup-restored = De reservekopie is teruggezet.
settings-about-title = Over { -app-name }
settings-about-text = { -app-name } helpt je met kleine dagelijkse momenten aan een veilige band met je baby. Maak je je zorgen, vraag het dan gerust aan het consultatiebureau of je huisarts.
settings-privacy-title = Privacy
settings-privacy-text = Alles wat je invult blijft op deze telefoon. Niets verlaat je telefoon, tenzij je zelf een export of een bundel deelt.

## Algemeen

common-save = Opslaan
common-cancel = Annuleren
common-delete = Verwijderen
common-undo = Ongedaan maken
common-close = Sluiten
common-retry = Opnieuw proberen
common-ok = OK
common-yes = Ja
common-no = Nee
common-back = Terug
common-next = Volgende
common-done = Klaar

## Kinderen

child-list-title = Je kinderen
child-add = Kind toevoegen
child-edit = Gegevens aanpassen
child-remove = Kind verwijderen
# Variables: $name (string) - the child's name
child-remove-confirm = { $name } verwijderen? Ook alle momenten en notities van { $name } gaan dan weg.

## Terminal shell (hechting-cli)

cli-no-child = Nog geen kind. Voeg er een toe: hechting child add <naam> --born JJJJ-MM-DD
# Variables: $names (string) - the children's names, comma-separated
cli-choose-child = Er is meer dan één kind ({ $names }); kies er een met --child <naam of id>.
# Variables: $name (string) - a child's name
cli-child-name-twice = Meer dan één kind heet { $name }; kies op id (zie hechting child list).
# Variables: $name (string) - a child's name; $id (string) - the child's id
cli-child-removed = { $name } is weggehaald. Terugzetten: hechting child restore { $id }
# Variables: $file (string) - a file path; $reason (string) - the system's reason
cli-file-failed = Het bestand { $file } lukte niet ({ $reason }); kijk het pad na en probeer het opnieuw.
cli-no-data-dir = Deze computer heeft geen gegevensmap voor { -app-name }; geef een databasebestand op met --db <bestand>.
# Variables: $file (string) - the demo database's path
cli-demo-footer = Dit is een voorbeelddagboek, bewaard in { $file }. Rondkijken:
cli-undo-hint = Terugzetten: hechting undo
# Variables: $command (string) - the command for the next page
cli-next-page = Meer: { $command }
# Variables: $file (string) - where the damaged file was kept
cli-recovered-copy = Het beschadigde bestand is bewaard als { $file }.
