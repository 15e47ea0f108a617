expecting-safe-sleep-plan =
    .title = Veilig slapen: bedenk het nu al
    .body = Bedenk vandaag waar je baby straks slaapt: op de rug, in een eigen bedje of wieg, die gerust in jouw slaapkamer mag staan. Tot de eerste verjaardag gaat er niets zachts in: geen knuffel, doekje, kussen of bedomrander. En hoe moe of wanhopig je later ook bent: schud een baby nooit. Leg je baby dan op de rug in bed en loop even weg. Vertel deze afspraken ook aan iedereen die straks helpt.

expecting-where-to-ask =
    .title = Bij wie je terechtkunt, nu en straks
    .body = Schrijf vandaag op wie je waarvoor kunt vragen. Tijdens de zwangerschap is dat je verloskundige, in de kraamweek de kraamzorg en je verloskundige (ook ’s nachts), daarna het consultatiebureau, en bij ziekte de huisarts of ’s avonds en in het weekend de huisartsenpost. Somber of angstig, nu of na de geboorte? Dat overkomt veel ouders. Vertel het aan een van hen: vragen is kracht, geen zwakte.

talk-to-employer-about-handover =
    .title = Regel op tijd de overdracht op je werk
    .body = Plan vandaag een gesprek op je werk over je verlof: wanneer je weggaat, wie je taken overneemt en hoe je het overdraagt. Maak vooraf een lijstje van lopende zaken. Hoe beter het werk geregeld is, hoe minder het straks door je hoofd spookt terwijl je bij je baby bent. En komt je baby eerder dan gedacht, dan ligt er al een plan.

kraamzorg-what-it-is-and-booking =
    .title = Kraamzorg: wat het is en hoe je het regelt
    .body = Na de geboorte komt er in Nederland meestal kraamzorg aan huis: een kraamverzorgende die je de eerste dagen helpt met de zorg voor je baby en voor jezelf, en je veel laat zien. Nog niet geregeld, of nieuw in Nederland? Bel vandaag je zorgverzekeraar of vraag je verloskundige hoe het werkt. Dan sta je er die eerste week niet alleen voor.

self-employed-plan-your-own-leave =
    .title = Werk je voor jezelf? Plan je eigen verlof
    .body = Heb je geen werkgever, omdat je als zelfstandige werkt? Blokkeer vandaag in je agenda de weken rond de geboorte en vertel je vaste klanten wanneer je er niet bent. Vraag ook na welke regeling er voor zelfstandigen is. Zonder zo’n plan sluipt het werk er makkelijk weer in, terwijl je die weken nodig hebt om je baby te leren kennen. Een collega die kan invallen, is goud waard.

no-huisarts-yet-register-now =
    .title = Nog geen huisarts? Schrijf je nu in
    .body = Ben je net verhuisd of nieuw in Nederland, en heb je nog geen huisarts? Schrijf je vandaag in bij een huisartsenpraktijk in de buurt; na de geboorte schrijf je daar ook je baby in. Als je baby ziek is of jij je zorgen maakt, wil je iemand kunnen bellen zonder eerst te zoeken. Vraag meteen hoe het ’s avonds en in het weekend gaat, met de huisartsenpost.

interpreter-at-the-verloskundige =
    .title = Vraag om een tolk bij de verloskundige
    .body = Is Nederlands niet je eerste taal, en begrijp je de verloskundige niet altijd goed? Vraag bij de volgende afspraak of er een tolk kan meeluisteren, bijvoorbeeld via de telefoon. Zo kun je zeggen wat je wilt en begrijp je wat er gebeurt, ook rond de bevalling. Laat liever geen kind voor je vertalen. Knikken terwijl je twijfelt hoeft niet: nog een keer vragen mag altijd.

leave-weeks-kept-empty =
    .title = Verlof is tijd om elkaar te leren kennen
    .body = Kijk vandaag naar de weken na de geboorte en schrap alles wat kan wachten: de verbouwing, een verhuizing helpen, die cursus. Verlof is niet voor achterstallige klussen, maar om bij je baby te zijn: kijken, vasthouden, ontdekken wat je baby nodig heeft. Daar groeit de band uit. Een lege agenda voelt misschien vreemd; voor deze weken is hij precies goed.

parental-leave-how-to-spread-it =
    .title = Ouderschapsverlof: kijk hoe je het verdeelt
    .body = Zoek vandaag uit welk verlof je na de geboorte kunt opnemen, en denk na over hoe: in één blok, of een tijd lang een vaste dag per week. Voor een baby telt vooral dat een paar vertrouwde mensen er vaak en regelmatig zijn. Een vaste ‘ouderdag’ in de week kan daarom net zo waardevol zijn als een lange periode. Je hoeft vandaag nog niets te beslissen.

antenatal-class-and-other-parents =
    .title = Een cursus, en anderen die ook wachten
    .body = Meld je vandaag aan voor een zwangerschapscursus of een voorlichtingsavond over de bevalling en de eerste weken; je verloskundige weet wat er in de buurt is. Weten wat er komt, maakt het minder spannend. En je ontmoet mensen die rond dezelfde tijd een baby krijgen, straks fijn voor een wandeling of een vraag tussendoor. Eén avond is ook al mooi.

question-list-for-the-verloskundige =
    .title = Een lijstje vragen voor de volgende controle
    .body = Houd vanaf vandaag een notitie in je telefoon bij met alles wat je je verloskundige wilt vragen, ook als het klein of gek lijkt. Bijvoorbeeld: wat gebeurt er in het eerste uur na de geboorte, wat als het anders loopt dan gepland, wanneer bel ik jou? Lees het lijstje vlak voor de afspraak nog even door. Antwoorden die je begrijpt, geven rust, nu en straks.

baby-first-aid-course =
    .title = Eerste hulp bij baby’s: een avond die rust geeft
    .body = Zoek vandaag een cursus eerste hulp bij baby’s en jonge kinderen bij jou in de buurt. Je leert wat je doet als je baby zich verslikt, valt of ziek lijkt, en wanneer je hulp inschakelt. Wie weet wat te doen, schrikt minder en kan een baby rustiger helpen. Neem gerust iemand mee die straks vaak oppast, zoals een opa, oma of vriendin.

what-a-baby-really-needs-list =
    .title = Wat een baby echt nodig heeft, is kort
    .body = Voel je druk om van alles te kopen? Maak vandaag het echte lijstje: een veilig bedje, een autostoeltje, wat kleertjes, luiers, iets om je baby in te wassen. Tweedehands is prima, zolang bedje en autostoeltje veilig zijn. De rest kan wachten. Wat je baby het meest nodig heeft, is niet te koop: jij, dichtbij. Dat staat al op je lijstje.

expecting-twins-extra-help =
    .title = Een tweeling op komst? Regel extra handen
    .body = Verwacht je een tweeling? Vraag vandaag je verloskundige of gynaecoloog wat dat betekent voor de kraamzorg, en maak je kring van helpers groter dan je denkt nodig te hebben. Zet twee veilige slaapplekken klaar: elke baby op de rug, in een eigen bedje. Met genoeg handen om je heen houd je tijd over om elk van je baby’s als eigen persoontje te leren kennen.

pram-where-baby-faces-you =
    .title = Een kinderwagen waarin je baby jou ziet
    .body = Ga je een kinderwagen uitzoeken of lenen? Kies er dan het liefst een waarin je baby de eerste maanden naar jou kijkt. Onderweg zie je dan of je baby slaapt, schrikt of onrustig wordt, en je baby ziet jouw gezicht tussen alle nieuwe geluiden. Wordt het toch een wagen die vooruit kijkt? Buig je dan onderweg af en toe even over je baby heen en zeg iets.

hold-someone-elses-baby-first =
    .title = Nog nooit een pasgeboren baby vastgehouden?
    .body = Heb je nog weinig ervaring met baby’s? Vraag iemand met een jonge baby of je een keer mag komen helpen: vasthouden, een luier verschonen, een voeding meemaken. Let op hoe die baby laat zien wat er nodig is, en hoe de ouder daarop reageert. Zo worden de eerste dagen met je eigen baby iets minder onbekend. Onhandig voelen hoort erbij, nu en straks.

cot-assembled-in-your-room =
    .title = Zet het bedje alvast in elkaar
    .body = Zet het bedje of de wieg vandaag in elkaar en geef het een plek in jouw slaapkamer, niet tegen de verwarming en uit de buurt van koordjes van gordijnen of lampen. Check het matras: stevig, vlak en passend, zonder kier langs de rand; bij een tweedehands bedje ook of de spijlen heel zijn. Staat het bedje straks dichtbij, dan hoor je ’s nachts snel wat er nodig is.

soft-gifts-stay-out-of-the-cot =
    .title = Knuffels cadeau? Die slapen niet mee
    .body = Krijg je bij de babyshower of op kraamvisite knuffels, dekentjes, kussentjes of een bedomrander? Bedank er hartelijk voor en geef ze alvast een plek op een plank of in de kast. In het bedje gaat tot de eerste verjaardag niets zachts; een knuffel is voor wakkere momenten, op schoot. Vraagt iemand wat je nog nodig hebt? Een slaapzak die goed past, mag wél in bed.

smoke-free-home-and-car =
    .title = Spreek af: rookvrij in huis en in de auto
    .body = Rookt er iemand in je huis of in je familie? Spreek vandaag af dat er binnen en in de auto niet meer gerookt wordt, ook niet door bezoek. Rook blijft hangen in kleding, gordijnen en stoelen, en een baby ademt dat in, ook als er op dat moment niemand rookt. Een briefje bij de deur scheelt steeds uitleggen. Wil iemand stoppen? De huisarts denkt graag mee.

sling-practice-with-a-teddy =
    .title = Oefen de draagdoek met een knuffel
    .body = Wil je je baby straks dragen in een draagdoek of draagzak? Oefen vandaag met een knuffel of een opgerolde handdoek, rustig en zonder haast. Gedragen worden geeft een baby jouw warmte, je geur en je hartslag. Let op: gezichtje vrij en zichtbaar, de kin niet op de borst, en hoog genoeg om een kus op het hoofdje te geven. Twijfel je? Een draagconsulent kan meekijken.

changing-place-all-within-reach =
    .title = Een verschoonplek waar alles binnen handbereik ligt
    .body = Richt vandaag de plek in waar je straks verschoont: op een hoogte die fijn is voor je rug, met luiers, doekjes, schone kleertjes en een handdoek binnen handbereik. Dan hoef je nooit weg te lopen en houd je altijd een hand op je baby. Als je niet hoeft te zoeken, wordt verschonen makkelijker een moment samen, met je gezicht dichtbij. Oefen het een keer met een knuffel.

daytime-sleep-spot-downstairs =
    .title = Ook beneden een veilige slaapplek
    .body = Waar slaapt je baby overdag, als jij in de woonkamer bent? Regel vandaag ook daar een veilige plek: een wieg, box of campingbedje met een stevig, passend matras, waarin je baby op de rug ligt zonder iets zachts erbij. De bank, een kussen of een groot bed zijn geen slaapplek voor een baby, ook niet even. Zo slaapt je baby dichtbij, en kun jij gewoon op de bank zitten.

what-the-consultatiebureau-is =
    .title = Wat is het consultatiebureau?
    .body = Na de kraamweek neemt de JGZ het over: vaak komt eerst een verpleegkundige bij je thuis, daarna ga je met je baby naar het consultatiebureau. Daar wordt je baby gewogen en gemeten, krijg je de vaccinaties aangeboden en kun je alles vragen, ook over jezelf. Het is gratis, en niemand geeft je een cijfer. Spreek vandaag af wie er mee kan naar de eerste afspraak: twee paar oren onthouden meer.

kraamzorg-intake-your-wishes =
    .title = Vertel de kraamzorg hoe het bij jou thuis is
    .body = Komt de kraamzorg binnenkort voor een intake, of was die er al? Schrijf vandaag op wat de kraamverzorgende over jouw thuis moet weten: een oudste die ook aandacht nodig heeft, dat je er alleen voor staat, een taal waarin je je makkelijker uitdrukt, een huisdier, of dat je vooral rust wilt. Dan kan die vanaf de eerste dag helpen op een manier die bij jou past. Vergeten? Zeggen mag later ook nog.

first-hour-after-birth-undisturbed =
    .title = Het eerste uur: telefoons weg, het nieuws wacht
    .body = Spreek vandaag af dat het eerste uur na de geboorte rustig blijft: telefoons weg, het nieuws wacht even. Kies nu al wie het nieuws straks rondstuurt, en wanneer, zodat niemand in dat uur naar een scherm kijkt. Vraag je verloskundige of wegen en meten even kan wachten. In dat eerste uur zoekt je baby jouw warmte, geur en stem. De familie hoort het een uurtje later, en dat is ook goed.

caesarean-ask-about-skin-to-skin =
    .title = Keizersnede? Vraag naar huid op huid
    .body = Is er een keizersnede gepland of mogelijk? Vraag vandaag in het ziekenhuis of je baby al op de operatiekamer of op de uitslaapkamer huid op huid bij je kan liggen, en wat er gebeurt als dat niet lukt. Misschien kan een andere volwassene dan alvast huid op huid geven, wakker en alert. Zo begint ook jouw baby dicht bij een vertrouwd lijf. Zet het antwoord in je geboorteplan.

giving-birth-without-partner-companion =
    .title = Zonder partner bevallen? Kies iemand naast je
    .body = Krijg je je baby zonder partner, of kan die er niet bij zijn? Vraag vandaag iemand die je vertrouwt om bij de bevalling en in de eerste dagen bij je te zijn. Bespreek je wensen, en wat die persoon doet als jij het even niet kunt: je baby huid op huid nemen, wakker en alert. Vertel je verloskundige wie het is. Zo is er een vast gezicht om je heen, ook voor je baby.

hospital-stay-baby-in-your-room =
    .title = In het ziekenhuis? Vraag of je baby bij je blijft
    .body = Ga je in het ziekenhuis bevallen, of moet je er misschien een paar dagen blijven? Vraag vandaag, bijvoorbeeld bij een rondleiding, of je baby dag en nacht bij je op de kamer blijft, en of er iemand bij je mag overnachten. Ligt je baby naast je, dan leer je de signalen meteen kennen en kun je snel reageren. Met dat antwoord weet je ook wat er in je tas moet.

test-ride-to-the-hospital =
    .title = Reis de route naar het ziekenhuis een keer
    .body = Rijd of reis vandaag een keer naar het ziekenhuis waar je bevalt of naartoe gaat als het thuis anders loopt. Kijk waar je parkeert, welke ingang ’s nachts open is en hoe lang je erover doet. Bevalling thuis gepland? Check dan of je huisnummer goed te zien is. Als de weg bekend is, houd je op de dag zelf je hoofd vrij. Doe de rit gerust ook eens in het donker.

car-seat-fitted-and-practised =
    .title = Oefen met het autostoeltje vóór de rit naar huis
    .body = Haal het autostoeltje vandaag uit de doos en bouw het in, met de handleiding erbij. Leg er een knuffel in, trek de gordels aan en oefen het vastklikken en losmaken. Komt het voorin, met je baby naar achteren kijkend? Dan moet de airbag aan die kant uit. Zijn die handelingen vertrouwd, dan is je aandacht op de eerste rit naar huis bij je baby, niet bij de gespen. Twijfel je? Laat iemand meekijken.

no-car-ride-home-plan =
    .title = Geen auto? Regel hoe je thuiskomt
    .body = Heb je geen auto? Bedenk vandaag hoe je na een bevalling in het ziekenhuis met je baby thuiskomt: met iemand die je ophaalt, of met een taxi waarin je je eigen autostoeltje meeneemt. Een baby hoort ook in een taxi in een goed vastgezet stoeltje, nooit los op schoot. Kijk dus alvast hoe het stoeltje in een andere auto vastgaat. Een rustige eerste rit is een mooi begin van thuis.

feeding-plan-with-room-to-change =
    .title = Een voedingsplan met ruimte om te veranderen
    .body = Denk vandaag na over hoe je je baby wilt voeden: borst, fles of allebei. Schrijf het op en zet eronder: ‘Als het anders loopt, is dat ook goed.’ Soms vraagt het leven na de geboorte een andere weg dan gepland, en dat zegt niets over hoe goed je het doet. De band groeit uit de nabijheid tijdens het voeden, niet uit de soort melk. Laat het briefje gerust aan je verloskundige zien.

breastfeeding-who-helps-first-week =
    .title = Borstvoeding? Weet wie je helpt
    .body = Wil je borstvoeding geven? Vraag vandaag je verloskundige wie je in de eerste week helpt: de kraamverzorgende, de verloskundige zelf, en of er een lactatiekundige kan meekijken als het moeizaam gaat. Borstvoeding geven is iets wat je samen met je baby leert, en hulp in het begin maakt het lichter. Schrijf de namen erbij op je lijstje.

work-on-pause-on-your-phone =
    .title = Zet je werk op pauze, ook op je telefoon
    .body = Begint je verlof binnenkort? Zet vandaag klaar wat er dan aan moet: een afwezigheidsmelding, de naam van wie je vervangt, en je werkmail en werkapps van je telefoon af of op stil. Een telefoon die zoemt tijdens een voeding, trekt je weg bij je baby, ook als je niet opneemt. Zeg je collega’s dat je het babynieuws zelf komt vertellen; dan hoeft niemand ernaar te vragen.

leave-before-birth-rest-first =
    .title = Je verlof begint: eerst rust, dan klussen
    .body = Begint je verlof vóór de geboorte binnenkort, of ben je al thuis? Kies vandaag per dag één ding dat je wilt regelen, en houd de rest van de dag vrij voor rust: liggen, wandelen, een dutje. Het is verleidelijk om nog het hele huis te poetsen, maar je energie heb je straks nodig in de nachten met je baby. Wat vandaag niet af komt, kan morgen. Of helemaal niet.

bottle-feeding-practise-now =
    .title = Flesvoeding? Oefen nu, dan is er straks ruimte
    .body = Kies je voor flesvoeding? Maak vandaag een keer een fles klaar, precies zoals het op de verpakking staat; dan hoef je dat straks niet voor het eerst te doen met een huilende baby op je arm. Bedenk ook hoe je gaat zitten: je baby half rechtop in je arm, dicht tegen je aan, met je gezicht dichtbij. Zo wordt de fles een moment samen, met wie hem ook geeft.

no-family-nearby-ask-for-volunteers =
    .title = Geen familie in de buurt? Vraag naar hulp
    .body = Woont je familie ver weg, of heb je weinig mensen om je heen? Vraag vandaag je verloskundige of het consultatiebureau of er in jouw buurt vrijwilligers of andere gezinnen zijn die jonge ouders een steuntje geven: een kop koffie, een wandeling, een luisterend oor. Iedere ouder heeft mensen om zich heen nodig, en die kring mag je ook nieuw opbouwen. Vragen is geen zwakte.

birth-bag-by-the-door =
    .title = Zet de tas klaar bij de deur
    .body = Pak vandaag je tas voor de bevalling in, ook als je thuis wilt bevallen: plannen kunnen veranderen. Leg er kleertjes en een mutsje voor je baby in, iets makkelijks voor jezelf, een oplader, iets te eten en je papieren. Zet de tas bij de deur, met het autostoeltje ernaast. Staat alles klaar, dan hoef je op de grote dag aan niets anders te denken dan aan je baby.

house-ready-for-kraamweek =
    .title = Maak je huis klaar voor de kraamweek
    .body = Vraag vandaag na wat de kraamzorg in huis nodig heeft, en regel het alvast: het kraampakket, vaak via je zorgverzekeraar, en klossen onder het bed zodat het hoger staat. Dat hogere bed is fijn voor de kraamverzorgende en voor wie net bevallen is. Leg alles bij elkaar op één plek. Dan gaat je aandacht in de kraamweek naar je baby, niet naar zoeken.

birth-papers-in-one-folder =
    .title = Alle papieren in één map
    .body = Stop vandaag alles wat je rond de geboorte nodig hebt in één map: je identiteitsbewijs, je zorgpas, de papieren van de verloskundige. Zoek ook op hoe je bij je gemeente de geboorte aangeeft, binnen een paar dagen na de bevalling, en wie dat doet. Zet er een briefje bij: baby aanmelden bij de zorgverzekeraar. Minder geregel in de eerste dagen laat meer tijd over om naar je baby te kijken.

grandparents-first-meeting-plan =
    .title = Hoe ontmoeten de grootouders je baby?
    .body = Bespreek vandaag met de aanstaande grootouders hoe en wanneer ze je baby voor het eerst zien: misschien liever een rustig moment thuis dan een volle kamer op dag één? Vertel ook waarom: een pasgeboren baby heeft snel genoeg van drukte, en jij hebt je energie nodig. Als ze je plan kennen, voelen ze zich minder buitengesloten. Zo wordt die eerste ontmoeting iets om later samen aan terug te denken.

many-visitors-family-custom =
    .title = Komt de hele familie op kraamvisite?
    .body = Is het in je familie gewoonte dat er in de eerste weken veel mensen langskomen, bijvoorbeeld in de eerste veertig dagen? Vraag vandaag één familielid met gezag, zoals een tante of grootouder, om te regelen wie wanneer komt, verspreid over de weken in plaats van allemaal tegelijk. Uit de familie zelf klinkt dat niet onbeleefd. Zo blijft het mooie van het welkom heten, en krijgt je baby genoeg rust.

visitors-make-their-own-tea =
    .title = Bezoek zet zelf de thee
    .body = Zet het vandaag alvast in het bericht dat je na de geboorte aan familie en vrienden stuurt: ‘Leuk als je komt! Zet zelf even thee, en neem bij het weggaan het vuilnis mee.’ Wie net een baby heeft, hoeft niemand te bedienen. Zo blijf jij op de bank met je baby tegen je aan, en gaat je energie naar waar die hoort. De meeste bezoekers vinden het fijn om iets te kunnen doen.

visitors-with-a-cold-wait =
    .title = Verkouden of een koortslip? Dan later op bezoek
    .body = Zet vandaag alvast handzeep en een schone handdoek klaar bij de kraan die bezoek straks gebruikt; dan gaat handen wassen vanzelf. Bedenk ook hoe je het zegt als iemand verkouden is of een koortslip heeft: ‘Fijn dat je wilt komen! Kom liever als het over is, dan mag je de baby ook vasthouden.’ Een pasgeboren baby kan nog slecht tegen zulke virussen. Twijfel je? Vraag het de kraamverzorgende.

feeding-while-visitors-are-there =
    .title = Voeden terwijl er bezoek is
    .body = Bedenk vandaag wat je wilt als je baby honger krijgt terwijl er bezoek is: ga je even naar een andere kamer, of is dat het moment dat het bezoek vertrekt? Een baby drinkt vaak rustiger in een stille kamer, en jij kunt je dan op je baby richten in plaats van op het gesprek. Een vriendelijk ‘Ik ga even voeden, tot de volgende keer!’ mag altijd.

family-far-away-one-video-call =
    .title = Familie ver weg? Plan één rustig videobelletje
    .body = Woont er familie ver weg die je baby zo snel mogelijk wil zien? Spreek vandaag af dat jij in de eerste dagen laat weten wanneer er gebeld wordt: één rustig videogesprek als je baby wakker en tevreden is, in plaats van een telefoon die de hele dag gaat. Een foto tussendoor kan altijd. Zo zien ze je baby op een goed moment, en houd jij je rust.

someone-to-text-at-night =
    .title = Wie mag je ’s nachts appen?
    .body = Zoek vandaag één iemand die je ’s nachts kunt appen als je met een wakkere baby zit en je alleen voelt: een vriendin met nachtdiensten, familie in een andere tijdzone. Vraag het gewoon: ‘Mag ik je straks om drie uur ’s nachts appen?’ Een bericht terug maakt een lange nacht minder eenzaam. Zorgen over je baby? Bel dan in de kraamweek je verloskundige, daarna de huisarts of de huisartsenpost.

cook-double-and-freeze =
    .title = Kook dubbel en vries in
    .body = Kook deze week een paar keer een dubbele portie en vries de helft in, in porties die je makkelijk opwarmt en met één hand eet. Soep, stoofpot, een ovenschotel: wat je lekker vindt. In de eerste weken met een baby schiet koken er vaak als eerste bij in, en wie goed eet, heeft meer geduld over. Schrijf op elk bakje wat erin zit; dan hoeft niemand om middernacht te raden.

night-feeding-spot-ready =
    .title = Een plek voor de nachtvoeding, en als je wegzakt
    .body = Bedenk vandaag waar je ’s nachts gaat voeden: een stoel naast het bedje, of rechtop in bed met een kussen in je rug. Voel je dat je in slaap valt met je baby op je arm? Leg je baby dan op de rug in het eigen bedje. In slaap vallen op de bank met een baby op je is gevaarlijk, dus kies die plek ’s nachts liever niet. Een vaste plek maakt de nacht ook voor je baby herkenbaar.

first-night-home-ready =
    .title = De eerste nacht thuis
    .body = Veel ouders liggen de eerste nacht thuis wakker en luisteren naar elk geluidje; dat is heel gewoon. Zet vandaag het nummer van je verloskundige in je telefoon en op een briefje naast je bed: in de kraamweek bel je die, ook ’s nachts, als je je zorgen maakt over je baby of over jezelf. Daarna zijn dat de huisarts en de huisartsenpost. Weten wie je belt, maakt het luisteren al wat rustiger.

first-week-who-comes-to-the-door =
    .title = De eerste week: wie belt er allemaal aan?
    .body = In de kraamweek komt er veel aan de deur: de kraamverzorgende, je verloskundige, en iemand voor de hielprik en meestal ook voor de gehoortest. Vraag je verloskundige vandaag hoe dat bij jou ongeveer gaat, en schrijf het op voor iedereen die straks bij je is. Dan schrik je niet van de bel, en kun je de rustige uren ertussen gebruiken om samen met je baby bij te komen.

kraamverzorgende-shows-you-do =
    .title = Laat het je voordoen, en doe het dan zelf
    .body = Schrijf vandaag op wat je in de kraamweek van de kraamverzorgende wilt leren: in bad doen, verschonen, aankleden, troosten. Vraag straks of die het één keer voordoet en daarna naast je blijft terwijl jij het doet. Zo leren je handen je baby kennen, en leert je baby jouw handen kennen. Na de kraamweek doe je het zelf, en dan voelt het al een beetje gewoon.

nap-while-kraamzorg-is-there =
    .title = Slaap als de kraamverzorgende er is
    .body = Neem je vandaag voor: als de kraamverzorgende er straks is, ga ik overdag een keer liggen. Die let dan op je baby, en jij haalt slaap in. Bezoek plannen op die uren is verleidelijk, maar juist dan kun je bijtanken. Een beetje uitgerust reageer je rustiger op je baby, ook ’s nachts. Zeg het op de eerste dag gewoon hardop, dan kan de kraamverzorgende erop rekenen.

kraamzorg-last-day-what-they-noticed =
    .title = Laatste kraamdag: vraag wat er opviel aan je baby
    .body = Aan het eind van de kraamzorg kent de kraamverzorgende je baby al een beetje. Neem je vandaag voor om op die laatste dag te vragen: wat viel je op aan mijn baby? Hoe laat die honger of slaap zien, en wat helpt bij troosten? Schrijf de antwoorden op. Vaak blijkt dat jij het meeste al wist. Wat je daarna zelf ontdekt, schrijf je erbij; dat lijstje groeit met je baby mee.

last-days-any-news-yet =
    .title = Iedereen vraagt: ‘Al wat nieuws?’
    .body = Krijg je deze laatste dagen steeds berichtjes als ‘Al wat nieuws?’ Stuur vandaag één bericht rond: ‘We laten het zelf weten als de baby er is. Vragen hoeft niet, aan ons denken mag.’ Zo hoef je niet elke dag ‘nog niks’ te antwoorden, en blijft je hoofd vrijer: voor het wachten, en straks voor je baby. Duurt het langer dan gedacht? Dat overkomt veel ouders; je verloskundige houdt het in de gaten.
