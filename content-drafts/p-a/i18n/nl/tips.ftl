previous-birth-still-weighs-on-you =
    .title = Zit een vorige bevalling jou als partner nog dwars?
    .body = Was je erbij toen een vorige bevalling zwaar verliep, als partner of als steun? Ook wie ernaast stond, kan daar lang van blijven schrikken, en denkt vaak dat dat niet telt. Vertel vandaag aan de ander wat jij toen zag en voelde, en vraag wat die deze keer van jou nodig heeft. Ga ook mee naar een afspraak bij de verloskundige en stel daar je eigen vragen. Zo sta je er deze keer rustiger naast.

pregnancy-came-unexpectedly =
    .title = Kwam deze zwangerschap onverwacht?
    .body = Kwam deze zwangerschap op een moment dat het eigenlijk niet uitkwam, en is de schrik nog niet helemaal weg? Dat kan best samengaan met zorg voor je baby. Leg vandaag een hand op de buik en vertel je baby eerlijk hoe het ging: ‘Je kwam onverwacht, en we zijn aan je aan het wennen.’ Gevoelens mogen meegroeien met de buik. Zit je vast in zorgen? Praat erover met je verloskundige of huisarts.

who-looks-after-your-eldest-during-the-birth =
    .title = Wie zorgt er voor je oudste tijdens de bevalling?
    .body = Een bevalling kan op elk moment beginnen, ook midden in de nacht. Spreek nu al af wie er dan voor je oudste zorgt: liefst iemand die je kind goed kent, zoals een opa, oma of goede vriend, en een tweede persoon voor als die niet kan. Laat je kind daar vooraf eens spelen of logeren, en vertel het simpel: ‘Als de baby komt, past oma op jou.’ Een bekend gezicht maakt het wachten veilig.

songs-that-comforted-you-as-a-baby =
    .title = Vraag welke liedjes er voor jou gezongen werden
    .body = Vraag vandaag aan je ouders, een oma of een tante: welke liedjes zongen jullie voor mij toen ik klein was, en wat hielp als ik huilde? Zing er daarna één voor de buik, in de taal waarin jij het hoorde. Zo geef je door wat jou ooit troostte, en hoor je misschien een mooi verhaal over jezelf als baby. Weet niemand het meer? Dan mag jij het eerste liedje van deze familie kiezen.

tell-your-toddler-a-baby-is-coming =
    .title = Vertel je peuter in een paar woorden over de baby
    .body = Weet je peuter nog niet dat er een baby komt? Vertel het vandaag in een paar woorden: ‘Hier in de buik groeit een baby. Die wordt jouw broertje of zusje.’ Een peuter heeft weinig gevoel voor tijd, dus koppel het aan iets bekends: ‘als het weer warm wordt’ of ‘na je verjaardag’. Verwacht niet meteen een reactie; vragen komen vaak later, in bad of in de auto. Geef dan een kort en eerlijk antwoord.

hard-time-after-a-previous-birth =
    .title = Was de tijd na een vorige geboorte zwaar?
    .body = Voelde je je na een vorige geboorte lange tijd somber, angstig of vlak? Vertel het nu al aan je verloskundige of huisarts, ook als het allang over is. Dan kunnen jullie vooraf bedenken wat helpt: wie er in de eerste weken op je let, bij wie je aan de bel trekt. Het hoeft niet terug te komen, maar een plan vooraf geeft rust. En er vroeg over beginnen is geen zwakte.

mixed-feelings-about-the-pregnancy =
    .title = Niet alleen maar blij? Dat mag
    .body = Voel je naast blijdschap ook twijfel, ergernis of heimwee naar je leven van nu, ook al wilde je deze baby graag? Schrijf vandaag drie gevoelens over de zwangerschap op, ook die niet op een felicitatiekaart passen, en lees ze zonder oordeel terug. Gemengde gevoelens zijn gewoon en zeggen niets over hoeveel je van je kind gaat houden. Ruimte voor je eigen gevoelens is oefening voor die van je kind.

long-road-to-this-pregnancy =
    .title = Na een lange weg nog niet durven geloven?
    .body = Ging er een lange weg aan deze zwangerschap vooraf, met behandelingen, wachten en teleurstellingen? Dan kan het moeilijk zijn om te geloven dat deze baby echt komt. Doe vandaag één klein ding dat bij aanstaande ouders hoort en dat je tot nu toe uitstelde: een rompertje kopen, de naam hardop zeggen, de echofoto ophangen. Geloven mag stap voor stap.

partner-feeling-outside-join-a-checkup =
    .title = Voel je je als partner wat buitenspel?
    .body = Is het niet jouw buik en voelt de zwangerschap daardoor soms ver weg? Ga mee naar de volgende controle bij de verloskundige, luister naar het hartje en stel één vraag die van jou is, bijvoorbeeld wat jij straks kunt doen. Zo wordt de baby ook voor jou echter. Kun je niet weg van je werk? Geef je vragen mee en laat je na afloop alles vertellen.

make-up-after-a-row-while-expecting =
    .title = Ruzie gehad? Kom er vandaag op terug
    .body = Had je laatst ruzie met je partner, je moeder of een vriend, moe en gespannen als je bent? Kom er vandaag op terug met één zin, zoals: ‘Sorry dat ik uitviel, ik was op.’ Het gaat niet om wie gelijk had, maar om elkaar weer te vinden. Botsen hoort bij mensen die dicht bij elkaar staan, en goedmaken ook. Zo oefen je alvast wat je straks vaak met je kind doet: na een misser terugkomen.

a-fixed-moment-with-your-eldest-that-stays =
    .title = Een vast moment met je oudste dat blijft
    .body = Heb je al een kind? Begin nu een klein vast moment samen dat ook na de geboorte blijft: samen ontbijten op zaterdag, een boekje voor het slapen, een rondje naar de speeltuin. Kies iets wat je met een baby erbij kunt volhouden, of wat een andere ouder of iemand die je kind goed kent kan overnemen. Als er straks veel verandert, blijft dit hetzelfde. Dat geeft je oudste houvast.

afraid-of-giving-birth =
    .title = Zie je erg op tegen de bevalling?
    .body = Lig je wakker van de bevalling, misschien door de vorige keer? Maak de angst vandaag zo precies mogelijk: wat is het ergste, de pijn, dat er iets misgaat, de regie kwijtraken? Een vage angst is moeilijk te beantwoorden, een precieze wel. Vertel die ene zin aan je verloskundige en vraag om een extra gesprek. Hoe meer rust je meeneemt naar de geboorte, hoe meer ruimte er daarna is voor je baby.

pregnant-after-loss-bonding-in-small-steps =
    .title = Zwanger na een verlies en je houdt je in?
    .body = Ben je eerder een baby verloren, en durf je je nu nauwelijks te hechten aan deze zwangerschap? Dat is een begrijpelijke manier om jezelf te beschermen, en veel ouders kennen het. Hechten mag in kleine stukjes. Leg vandaag één minuut een hand op de buik, of ga ernaast zitten, en zeg alleen: ‘Vandaag ben je er.’ Morgen is één minuut weer genoeg.

keep-one-thing-of-your-own =
    .title = Kies één ding dat van jou blijft
    .body = Draait alles steeds meer om de baby, en vraag je je af waar jij blijft? Kies vandaag één ding dat je ook na de geboorte wilt blijven doen, al is het in het klein: een uur zwemmen, muziek maken, een vriend of vriendin zien. Bedenk wie er dan bij de baby kan zijn. Een ouder die zichzelf nog tegenkomt, heeft meer te geven. In de eerste weken mag het even stilliggen; het komt terug.

old-pain-from-your-own-childhood =
    .title = Komt je eigen jeugd ineens dichtbij?
    .body = Komen er nu je een kind verwacht herinneringen boven aan een moeilijke jeugd, zoals angst, ruzie of je alleen voelen? Dat overkomt veel aanstaande ouders. Je hoeft het niet alleen uit te zoeken: vertel het je verloskundige of huisarts, die je kunnen doorverwijzen naar iemand om mee te praten. Een moeilijke eigen jeugd hoeft niet te bepalen hoe het met jouw kind gaat. Hulp vragen is al een stap.

picture-book-about-a-new-sibling =
    .title = Lees met je oudste een boek over een nieuwe baby
    .body = Leen vandaag bij de bibliotheek een prentenboek over een broertje of zusje dat geboren wordt, en lees het samen met je oudste. Wijs de plaatjes aan en vraag: ‘Wat denk je dat de grote broer hier voelt?’ Een boek geeft je kind woorden en beelden voor iets wat nog moeilijk voor te stellen is. Wil je kind het steeds opnieuw? Prima: zo oefent het met wat er komen gaat.

low-or-anxious-during-pregnancy =
    .title = Al weken somber of angstig in de zwangerschap?
    .body = Voel je je al meer dan twee weken somber, angstig of leeg, of kun je nergens meer van genieten? Dat kan ook tijdens de zwangerschap gebeuren, bij wie zwanger is en bij partners. Vertel het vandaag je verloskundige of huisarts; zij denken met je mee en regelen zo nodig hulp. Het is niet je schuld, en hulp vragen is sterk. Hoe eerder je het zegt, hoe eerder er wat lucht komt.

talk-to-the-bump-in-your-own-language =
    .title = Praat tegen de buik in je eigen taal
    .body = Spreek je thuis een andere taal dan Nederlands, of groeide je op met twee talen? Praat en zing vandaag tegen de buik in de taal van je hart, de taal waarin je troost en grapjes maakt. Daarin klink je het warmst en het meest als jezelf, en dat is het geluid dat je baby leert kennen. Spreken jullie elk een andere taal? Dan hoort de baby er gewoon twee. Dat is rijkdom, geen verwarring.

an-evening-for-the-two-of-you =
    .title = Een avond voor jullie tweeën
    .body = Krijg je de baby samen met een partner? Plan deze week een avond voor jullie tweeën: jullie lievelingseten, een wandeling die jullie vroeger vaak maakten, de telefoons weg. Vertel elkaar waar je het meest naar uitkijkt, en waar je stiekem tegen opziet. Ouders die zich door elkaar gesteund voelen, hebben straks vaak meer geduld over voor hun baby. Zo’n avond hoeft niet duur te zijn om te tellen.

after-a-loss-extra-contact-with-your-midwife =
    .title = Na een verlies: bel gerust tussen de controles door
    .body = Ben je eerder een baby verloren, en houdt de spanning tussen twee controles je bezig? Vraag je verloskundige vandaag of extra contact mogelijk is, bijvoorbeeld een korte afspraak of een vast belmoment. En twijfel je tussendoor ergens over, bijvoorbeeld over hoe je baby beweegt, bel dan gewoon. Je bent niet lastig; voor ouders zoals jij zijn ze er juist.

expecting-alone-you-are-the-foundation =
    .title = Alleen ouder? Jij bent de basis
    .body = Krijg je je baby zonder partner, en hoor of denk je soms dat je kind iets gaat missen? Een baby kan zich veilig hechten aan één ouder die er steeds weer is, met troost, eten en warmte. Bedenk vandaag één zin voor als iemand erover begint, of als je zelf twijfelt, bijvoorbeeld: ‘Mijn kind heeft mij, en ik kom altijd terug.’ Mensen om jullie heen zijn een mooie aanvulling, maar jij bent de basis.

when-is-your-baby-active-in-the-womb =
    .title = Wanneer is je baby in de buik actief?
    .body = Let vandaag op wanneer je baby beweegt: als je net ligt, na het eten, bij muziek? Veel ouders merken dat hun baby een eigen patroon heeft. Zo leer je je kind al een beetje kennen, nog voor je het ziet. Voel je minder leven dan je gewend bent? Wacht dan niet tot de volgende dag, maar bel meteen je verloskundige, ook ’s nachts of in het weekend. Daarvoor bellen is nooit overdreven.

grandparent-says-let-the-baby-cry =
    .title = Opa of oma zegt: ‘Laat maar huilen’?
    .body = Hoor je van een opa of oma nu al dat je een baby ‘niet moet verwennen’ of ‘even moet laten huilen’? Praat er vandaag rustig over, nu het nog kan zonder huilende baby erbij. Zeg wat je wilt: ‘Als de baby huilt, gaan we erheen.’ Een pasgeborene kun je niet verwennen; wie op huilen reageert, leert een baby dat er iemand komt. Ze bedoelen het meestal goed; vroeger leerde men het nu eenmaal anders.

a-letter-to-your-baby-read-aloud =
    .title = Schrijf je baby een brief en lees hem voor
    .body = Vind je praten tegen een buik ongemakkelijk? Schrijf dan vandaag een korte brief aan je baby: wie jullie zijn, waar jullie wonen, wat je hoopt. Lees hem hardop voor, aan de buik of ernaast gezeten. Opgeschreven woorden zijn makkelijker uit te spreken dan verzonnen woorden, en intussen hoort je baby je stem. Bewaar de brief; later is het een mooi stukje van het verhaal van je kind.

divide-the-housework-before-the-baby =
    .title = Verdeel het huishouden voordat de baby er is
    .body = Wie doet straks de was, de boodschappen, het koken en de vuilnisbak? Maak vandaag samen een lijstje van alle klussen in huis en spreek af wie wat doet in de eerste maanden; schrappen mag ook. Met een paar vaste afspraken hoef je straks minder te overleggen als jullie moe zijn. Doe je het alleen? Kies dan welke klussen gewoon even mogen blijven liggen.

older-child-sings-to-the-bump =
    .title = Laat je oudste een liedje zingen voor de buik
    .body = Vraag je oudste vandaag een liedje te kiezen voor de baby en het voor de buik te zingen, of er iets tegen te fluisteren. Vertel erbij: ‘De baby kan je al horen, een beetje zacht, zoals onder water.’ Zo krijgt je kind een eigen taak, en hoort de baby een stem die straks vaak in de buurt is. Zing het na de geboorte samen nog eens; dan is het al hun liedje.

curious-who-your-baby-will-be =
    .title = Benieuwd wie je baby zal zijn
    .body = Heb je al een beeld van je kind: rustig zoals jij, sportief zoals je zus, gek op muziek? Schrijf vandaag je verwachtingen op, en zet eronder: ‘En ik ben benieuwd wie je echt bent.’ Ieder kind is een eigen persoon, met een eigen tempo en karakter. Wie nieuwsgierig blijft, ziet straks beter wat déze baby laat zien, ook als dat anders is dan gedacht.

partner-how-are-you-really-doing =
    .title = En hoe gaat het met jou, partner?
    .body = Vraagt iedereen hoe het met de zwangere gaat, en bijna niemand hoe het met jou gaat? Ook als partner kun je je zorgen maken, slecht slapen of ergens tegen opzien. Vertel vandaag aan één iemand hoe het echt met je gaat: een vriend, je broer of zus, een collega. Blijft het zwaar, dan is je huisarts er ook voor jou. Jij telt ook mee, voor jezelf en voor je baby.

room-for-the-baby-you-lost =
    .title = Ruimte voor het kindje dat je verloor
    .body = Zwanger na het verlies van een baby, en voelt blij zijn soms als ontrouw? Deze baby komt niet in de plaats van het kindje dat er niet meer is; er is ruimte voor allebei. Kies vandaag een klein gebaar om te herdenken: een kaarsje, een foto, een herinneringsdoos. Later kun je deze baby vertellen over wie er eerder was. Wordt het verdriet te zwaar, vertel het dan je verloskundige of huisarts.

choose-a-first-book-at-the-library =
    .title = Kies nu al het eerste boekje voor je baby
    .body = Ga vandaag naar de bibliotheek en zoek een eerste boekje voor je baby uit: stevige bladzijden, grote plaatjes, korte zinnen of een rijmpje. Lees het een paar keer voor aan de buik, zodat je het straks bijna uit je hoofd kent. Pasgeborenen begrijpen geen verhaal, maar genieten wel van je stem dichtbij. Vraag ook of je baby na de geboorte lid kan worden; voor kinderen is dat vaak gratis.

what-will-your-baby-call-each-of-you =
    .title = Hoe gaat je baby ieder van jullie noemen?
    .body = Voed je dit kind op met meer dan twee ouders, of met twee moeders of twee vaders? Spreek vandaag af hoe je baby ieder van jullie gaat noemen, zoals mama, mam, papa of een naam uit een andere taal, en gebruik die namen al als jullie tegen de buik praten. Vaste namen en vaste mensen maken de wereld voor een baby voorspelbaar. Een naam mag later nog veranderen; het gaat erom dat iedereen erbij hoort.

missing-your-own-parent-now =
    .title = Mis je je eigen vader of moeder juist nu?
    .body = Is je vader of moeder overleden of niet in je leven, en mis je diegene juist nu? Zwanger zijn of een kind verwachten kan oud verdriet wakker maken; dat is heel gewoon. Kies vandaag iets van die ouder om door te geven: een liedje, een gerecht, een verhaal, een foto voor de babykamer. Zo krijgt je baby toch iets mee van waar jij vandaan komt. Vertel ook iemand dat je die ouder mist.

guess-aloud-what-your-baby-is-doing =
    .title = Raad hardop wat je baby aan het doen is
    .body = Voel je ritmische tikjes of een draai? Raad vandaag hardop wat je baby doet: ‘Heb je de hik?’ ‘Lig je te slapen?’ ‘Schrok je van die deur?’ Je hoeft het niet goed te raden. Zo oefen je alvast met je afvragen wat er in je kind omgaat, iets wat je straks de hele dag doet: ‘Ben je moe? Heb je honger?’ Ben jij de partner, raad dan gewoon mee.

baby-photos-with-your-eldest =
    .title = Babyfoto’s kijken met je oudste
    .body = Pak vandaag de foto’s van toen je oudste zelf een baby was, en bekijk ze samen: ‘Kijk, zo klein was jij. Hier kreeg je te drinken, hier lag je bij mij op schoot.’ Zo ziet je kind hoe baby’s zijn: ze slapen veel, huilen en kunnen nog niet spelen. En het hoort dat het zelf net zo liefdevol verzorgd werd. Veel kinderen willen daarna steeds weer ‘de babyfoto’s’ zien.

mute-the-perfect-parents-online =
    .title = Minder scrollen langs perfecte ouders
    .body = Zie je online vooral stralende zwangeren, perfecte babykamers en ouders die alles lijken te weten? Zet vandaag twee accounts op stil waar je je onzeker door voelt. Wat je ziet is een uitgekozen moment, geen gewone dag. Je baby heeft geen perfecte ouder nodig, maar een ouder die er is, fouten maakt en ze weer goedmaakt. Volg in plaats daarvan iemand die je aan het lachen maakt.

a-hard-date-during-this-pregnancy =
    .title = Valt er een moeilijke datum in deze zwangerschap?
    .body = Komt er een datum aan die pijn doet, zoals de sterfdag of de uitgerekende datum van een kindje dat je verloor, of de week waarin het toen misging? Plan die dag nu al zacht: vrij nemen als dat kan, iemand bij je, iets om te herdenken. Vertel het ook je verloskundige, zodat die weet waarom je gespannen bent. Dat zo’n dag zwaar is, zegt niets over je band met deze baby.

collect-the-happy-moments =
    .title = Verzamel de fijne momenten
    .body = Gaat er veel aandacht naar zorgen, lijstjes en afspraken? Schrijf vandaag één moment op waarop je blij was om de baby: de eerste keer dat je iets voelde, een grapje over een naam, een piepklein rompertje in een winkel. Maak er een gewoonte van, in een schriftje of op je telefoon. Blijdschap verdient ook ruimte, en op een zware dag na de geboorte is het fijn om terug te lezen.

a-prayer-or-blessing-for-the-bump =
    .title = Een gebed, zegen of vers voor de buik
    .body = Heeft je familie of geloof woorden die bij een zwangerschap horen, zoals een gebed, een zegen, een vers of een wens die je oma altijd uitsprak? Zeg ze vandaag zacht tegen de buik, op een rustig moment waar je vaker naar terug kunt. Zo hoort je baby al vroeg de klanken waarmee jij bent opgegroeid. Geen geloof? Een eigen wens voor je kind, in je eigen woorden, werkt net zo goed.

far-away-during-the-pregnancy =
    .title = Ver weg tijdens de zwangerschap?
    .body = Werk je ver weg of in het buitenland, of woon je niet samen met degene die zwanger is? Bel vandaag aan het eind van de dag, vraag of de telefoon even bij de buik mag, en vertel de baby iets over je dag. Je baby hoort vooral de stem die dichtbij is, maar voor jou wordt de baby zo echter, en de ander voelt zich minder alleen. Een paar zinnen zijn genoeg.

children-from-an-earlier-relationship =
    .title = Kinderen uit een eerdere relatie en de nieuwe baby
    .body = Zijn er kinderen uit een eerdere relatie, die misschien niet altijd bij jullie wonen? Ze kunnen zich afvragen of ze er straks nog bij horen. Praat vandaag met ze, samen met hun eigen ouder, over wat er verandert en wat blijft: hun bed, hun plek aan tafel, hun weekenden. Geef ze een rol: ‘Jij wordt de grote broer of zus.’ Wie zich meegeteld voelt, verwelkomt de baby makkelijker.

sway-while-you-sing =
    .title = Wieg mee terwijl je zingt
    .body = Zet vandaag muziek op waar je van houdt, of neurie zelf, en wieg zachtjes heen en weer, staand of op een stoel, handen op de buik. Je baby kent dat wiegen al: bij elke stap die je zet, schommelt het mee. Dat is een van de redenen dat veel pasgeborenen rustig worden van langzaam wiegen in je armen. Ben je de partner? Wieg samen, met je armen om de buik.

a-doll-to-practise-with-for-your-eldest =
    .title = Een pop om mee te oefenen voor je oudste
    .body = Geef je oudste vandaag een pop of knuffel die ‘de baby’ mag zijn, en speel samen: in bad doen, een luier om, wiegen en een liedje zingen. Laat zien hoe je een babyhoofdje ondersteunt en zacht aait. Zo oefent je kind alvast, en voelt het zich straks minder toeschouwer en meer de grote broer of zus die weet hoe het moet. Vliegt de pop ook eens door de kamer? Ook dat is verwerken.

partner-choose-your-own-care-moments =
    .title = Welke zorgmomenten worden straks van jou?
    .body = Gaat de andere ouder borstvoeding geven, en vraag je je af wat jouw rol wordt? Kies vandaag twee zorgmomenten die vanaf het begin van jou zijn, zoals het badje, de ochtendluier, een boertje na de voeding of huid op huid terwijl je goed wakker bent. Een baby hecht zich aan wie vaak en liefdevol zorgt, niet alleen aan wie voedt. Vertel je partner wat je kiest.

after-a-loss-who-can-share-your-fear =
    .title = Na een verlies: met wie deel je je angst?
    .body = Ben je na een eerder verlies weer zwanger, en reageert iedereen vooral blij terwijl jij ook bang bent? Kies vandaag een of twee mensen met wie je die angst mag delen: iemand die niet meteen zegt ‘Het komt vast goed’, maar gewoon luistert. Spreek af dat je hen mag bellen op een zware dag. Neemt de angst je dagen steeds meer over, vertel het dan je verloskundige of huisarts.

agree-how-to-share-the-nights =
    .title = Spreek nu af hoe jullie de nachten verdelen
    .body = Een pasgeboren baby wordt ’s nachts vaak wakker. Bespreek vandaag samen hoe jullie dat willen verdelen: om de beurt een nacht, de een de late avond en de ander de vroege ochtend, of samen op bij elke voeding en overdag om de beurt een dutje. Geeft een van jullie borstvoeding, dan kan de ander de baby brengen en verschonen. Een plan op papier scheelt discussie om drie uur ’s nachts.

night-worries-on-a-notepad =
    .title = Piekeren ’s nachts? Zet het op een briefje
    .body = Lig je ’s nachts te malen over de baby: is alles goed, kan ik dit wel? Leg een briefje en pen naast je bed. Schrijf de zorg op en zeg tegen jezelf: ‘Dit is voor morgen.’ Kijk ’s ochtends wat ermee moet: is het een vraag voor je verloskundige, iets om met iemand te delen, of mag het weg? Gaat het om iets wat niet kan wachten, zoals minder leven voelen, bel dan wel meteen je verloskundige.

take-your-eldest-to-a-checkup =
    .title = Neem je oudste een keer mee naar de controle
    .body = Vraag je verloskundige of je oudste een keer mee mag naar een controle, om het hartje van de baby te horen. Vertel vooraf wat er gaat gebeuren: ‘De verloskundige luistert met een apparaatje naar de buik, en dan hoor je een snel getik.’ Voor veel kinderen wordt de baby zo ineens echt. Neem iets te doen mee voor het wachten, en vraag je kind na afloop wat het hoorde.

one-goodnight-phrase-for-the-bump =
    .title = Elke avond dezelfde welterusten
    .body = Kies vandaag één vaste welterustenzin voor de buik, bijvoorbeeld: ‘Slaap lekker, kleintje, tot morgen.’ Zeg hem elke avond voor het slapen, na elkaar als jullie met z’n tweeën zijn. Een vaste zin is een klein ritueel dat na de geboorte gewoon door kan gaan, als begin van jullie eigen slaapritueel. Vergeten? Morgen gewoon weer.

what-each-of-you-needs-when-worn-out =
    .title = Wat heb jij nodig als je op bent?
    .body = Weten jullie van elkaar wat helpt als je moe of gespannen bent? De een wil even alleen zijn, de ander wil praten of een arm om zich heen. Vraag het elkaar vandaag en schrijf de antwoorden op. In de eerste weken met weinig slaap hoef je dan niet te raden, en kun je elkaar sneller helpen. Misschien ontdek je zelfs iets nieuws over iemand die je al jaren kent.

ask-your-school-age-child-what-will-change =
    .title = Vraag je schoolkind wat er gaat veranderen
    .body = Heb je een kind dat al naar school gaat? Vraag vandaag, tijdens een wandeling of in de auto: ‘Wat denk jij dat er verandert als de baby er is?’ Luister, en verbeter niet meteen, ook niet bij ‘Dan hebben jullie geen tijd meer voor mij.’ Zeg wat je hoort, en wat blijft: ‘Je bent bang dat ik minder tijd heb. Ik blijf er ook voor jou.’ Naast elkaar praat het voor veel kinderen makkelijker.

tell-each-other-what-you-see-in-the-other =
    .title = Zeg wat je in de ander ziet als ouder
    .body = Krijg je de baby samen met iemand? Vertel elkaar vandaag één ding waarvan je denkt: daar boft onze baby mee. ‘Jij bent zo geduldig’ of ‘Jij maakt iedereen aan het lachen.’ In de drukke eerste maanden zie je vooral wat er misgaat; een compliment van nu kun je dan terughalen. En het werkt twee kanten op: je hoort wat de ander al in jou ziet.

eldest-suddenly-clingy-as-the-bump-grows =
    .title = Is je oudste ineens hangerig?
    .body = Wil je oudste ineens weer gedragen worden, praat je kind als een baby of slaapt het slechter nu de buik groeit? Kinderen voelen vaak dat er iets verandert, ook als ze het niet begrijpen. Zeg vandaag wat je ziet: ‘Je wilt dicht bij me zijn, hè? Dat mag.’ Dragen gaat nu misschien moeilijker, maar op schoot kan altijd. Dit gaat meestal vanzelf weer over.

a-phrase-for-please-take-over =
    .title = Spreek een zin af voor ‘neem jij het over?’
    .body = Spreek vandaag samen een korte zin af die straks betekent: ik ben op, neem jij de baby even over. Bijvoorbeeld ‘Wissel?’ of ‘Jouw beurt.’ De ander neemt het dan over, zonder vragen en zonder oordeel; uitleggen komt later. Zo is je baby bij iemand die nog wat rust over heeft. Wie de zin zegt, zorgt goed voor het gezin; het is geen falen.
