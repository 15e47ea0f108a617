cuddly-toy-may-join-the-bed =
    .title = Nu mag de knuffel mee in bed
    .body = Is je kind één jaar of ouder? Dan mag er een kleine, zachte knuffel mee in bed, zonder losse oogjes of lange linten; een kussen of dekbed is nog niet nodig. Laat je kind er zelf een kiezen en geef de knuffel een plek in het slaapritueel: ‘Beer gaat ook slapen.’ Zo heeft je kind ’s nachts iets vertrouwds vast als jij er even niet bent. Geen interesse? Ook goed: niet elk kind wil er een.

a-taste-from-your-plate =
    .title = Een hapje van jouw bord
    .body = Eet je dreumes steeds vaker mee met de pot? Geef vandaag een hapje van je eigen bord, en proef eerst zelf, goed zichtbaar: ‘Mmm, rijst met spinazie.’ Kinderen lezen aan jouw gezicht af of iets te vertrouwen is, en eten wat jij eet voelt als erbij horen. Schep het deel van je kind apart op voordat er veel zout of pittige kruiden in gaan. Snijd ronde stukjes, zoals druiven, in de lengte in vieren.

drink-cup-within-reach =
    .title = Dorst? Een beker binnen handbereik
    .body = Wijst je kind naar de kraan of roept het ‘drinken!’? Zet vandaag een eigen beker water met een dekseltje op een vaste, lage plek, bijvoorbeeld op een krukje in de woonkamer, en laat je kind hem zelf pakken. Zo voelt je kind wat het nodig heeft en kan het er zelf iets mee, met jou dichtbij als het niet lukt. Dat kleine ‘ik kan het zelf’ doet een dreumes goed. Liever samen drinken? Ook goed.

jab-in-the-second-year =
    .title = Een prik in het tweede jaar: zeg het eerlijk
    .body = Staat er binnenkort een prik op het consultatiebureau? Je kind begrijpt nu meer dan je denkt. Vertel het op de dag zelf, kort en eerlijk: ‘Je krijgt een prikje. Dat doet even pijn, en ik houd je vast.’ Beloof niet dat het geen pijn doet. Neem de knuffel mee en troost daarna zo lang als nodig. Zo leert je kind dat jouw woorden kloppen.

hair-wash-look-at-the-ceiling =
    .title = Haren wassen: jouw kind zegt ‘nu!’
    .body = Huilt je kind bij het haren wassen? Geef het de regie over het moment: ‘Zeg jij maar wanneer het water mag komen.’ Wacht echt op dat ‘nu!’ of een knikje, en spoel dan kort. Een vrolijk plaatje aan het plafond laat het hoofd vanzelf naar achteren kantelen: minder water in de ogen. Wie zelf mag bepalen wanneer iets spannends gebeurt, kan het beter aan. Houd in bad altijd een hand bij je kind.

bedtime-bottle-before-brushing =
    .title = De avondfles vóór het tandenpoetsen
    .body = Valt je kind in slaap met een fles melk in bed? Verplaats de fles vanaf vandaag naar de bank: samen drinken op schoot, daarna tandenpoetsen en dan naar bed. Na het poetsen alleen nog water; dat is beter voor de tandjes. Het knuffelen bij de fles blijft, alleen de plek verandert. Protesteert je kind de eerste avonden? Blijf er dan wat langer bij zitten in bed.

back-teeth-coming-through =
    .title = Kiezen komen door: kauwen doet pijn
    .body = Wil je kind ineens niet meer op een broodkorst kauwen, en gaan de handjes steeds naar de mond? Misschien komen de kiezen door. Geef een paar dagen zachter eten, zoals pap, yoghurt of banaan, en een koud (niet bevroren) washandje om op te bijten. Zeg wat je ziet: ‘Je mond doet pijn, hè?’ Minder eten op zulke dagen is niet erg. Twijfel je over pijnstilling? Vraag het de huisarts.

food-on-the-floor-means-done =
    .title = Eten op de grond? Misschien is het klaar
    .body = Gooit je dreumes halverwege de maaltijd het eten van het bord, of smeert het alleen nog rond? Vaak betekent dat: ik heb genoeg. Vraag het: ‘Ben je klaar? Dan gaat het bord weg.’ Haal het bord rustig weg, zonder boze stem, en laat je kind uit de stoel. Zo merkt het dat zijn signaal aankomt. Later leert het ‘klaar’ te zeggen of te gebaren, en dan gooit het minder.

stomach-bug-night =
    .title = ’s Nachts overgeven: eerst troosten
    .body = Wordt je kind ’s nachts wakker en heeft het overgegeven? Dat is eng voor een klein kind. Til het eerst op en zeg rustig: ‘Je hebt gespuugd. Dat is naar. Ik ben bij je.’ Het bed kan wachten. Bied de uren erna vaak kleine slokjes drinken. Drinkt je kind slecht, plast het veel minder of is het erg suf? Bel de huisarts of ’s nachts de huisartsenpost.

undressing-is-the-new-skill =
    .title = Sokken uit, overal? Een nieuwe kunst
    .body = Trekt je dreumes steeds de sokken, schoenen of muts uit, ook in de auto of op straat? Dat is een nieuwe kunst, en je kind is er trots op. Geef er vandaag een eigen moment voor: vóór het bad mag alles zelf uit, met jouw applaus. Buiten zeg je vriendelijk: ‘Je schoenen blijven aan. Thuis mag je ze uittrekken.’ Uitkleden lukt meestal ruim eerder dan aankleden; dat hoort zo.

short-bedtime-on-a-tired-night =
    .title = Moe? Het korte slaapritueel mag ook
    .body = Ben je vanavond doodop, en zie je op tegen het hele ritueel? Doe dezelfde stappen in dezelfde volgorde, maar korter: één bladzijde in plaats van het hele boekje, één couplet van het liedje, een kort ‘Slaap lekker, tot morgen.’ Je kind herkent de volgorde, en daar zit de rust in, niet in de lengte. Een korte avond is geen mislukte avond; morgen mag het weer langer.

coughing-night-upright =
    .title = Een hoestnacht: rechtop in je armen
    .body = Ligt je kind ’s nachts te hoesten en wordt het er steeds wakker van? Til het op, houd het rechtop tegen je aan en praat zacht: ‘Je moet hoesten, hè. Ik houd je vast.’ Rustig ademen tegen jouw lijf helpt je kind weer tot rust te komen. Daarna terug in bed. Blaffende hoest, piepen, of ademt je kind moeilijk? Bel de huisarts of ’s nachts de huisartsenpost.

painting-lotion-after-the-bath =
    .title = Na het bad: insmeren als schilderen
    .body = Ligt je dreumes na het bad niet meer stil voor een massage? Maak er schilderen van. Doe eventueel een beetje ongeparfumeerde crème of olie op je vinger, nooit noten- of olijfolie, en ‘schilder’ samen op armen en buik: ‘Een streep op je knie!’ Laat je kind daarna jouw hand insmeren. Aanraking hoeft niet stil en plechtig te zijn. Loopt je kind weg? Dan is het schilderwerk klaar.

second-wind-at-bedtime =
    .title = Vlak voor bedtijd ineens heel druk
    .body = Rent je kind ’s avonds opeens wild door de kamer, lacht het overdreven of struikelt het vaker? Dat lijkt energie, maar is vaak juist oververmoeidheid. Begin morgen een kwartier eerder met het slaapritueel, dim op tijd het licht en kies rustig spel. Een dreumes voelt zelf nog niet goed wanneer het moe is; jij leest het af aan de eerste gaap of het wrijven in de ogen.

clamped-mouth-teddy-brushes-first =
    .title = Mond op slot? Beer eerst
    .body = Knijpt je kind de lippen stijf dicht zodra de tandenborstel komt? Poets eerst de tanden van een knuffel, met veel geluid: ‘Krrr, krrr, boven, onder.’ Laat je kind daarna Beer poetsen, en dan is je kind zelf aan de beurt. Tel hardop tot tien per kant, zodat je kind weet wanneer het ophoudt. Een einde dat je ziet aankomen maakt stilhouden makkelijker. Lukt het vandaag maar half? Morgen weer.

still-breastfeeding-your-own-pace =
    .title = Nog borstvoeding na de eerste verjaardag?
    .body = Geef je nog borstvoeding, en hoor je ‘Nog steeds?’ Hoe lang je doorgaat, bepalen jij en je kind; er is geen leeftijd waarop het moet stoppen. Een vriendelijk ‘Zo past het bij ons’ is genoeg. Wil je zelf minderen? Dat mag ook, in je eigen tempo. Twijfel je over voeding, of wil je hulp bij het afbouwen? Het consultatiebureau denkt graag mee.

not-everything-is-teething =
    .title = Niet alles komt door de tandjes
    .body = Is je kind al dagen hangerig, en zegt iedereen: dat zijn de kiezen? Kijk vandaag ook verder. Koorts, trekken aan een oor, slecht drinken, of anders dan anders? Bel dan de huisarts, of ’s avonds en in het weekend de huisartsenpost. Doorkomende tanden maken een kind vaak wat onrustig, maar niet echt ziek. Jij kent je kind het best; bel ook als het alleen een onderbuikgevoel is.

no-more-one-more-bite =
    .title = Geen ‘nog één hapje’ meer
    .body = Eindigt het eten vaak in onderhandelen: nog één hapje, dan krijg je een toetje? Probeer vandaag een andere verdeling: jij bepaalt wat er op tafel komt en wanneer, je kind bepaalt hoeveel het daarvan eet. Schep kleine porties op; meer kan altijd. Zo hoeft je kind niet te vechten om naar zijn eigen buik te luisteren. Zorgen over groei of gewicht? Bespreek ze op het consultatiebureau.

chickenpox-itch-stay-close =
    .title = Waterpokken: jeuk, en jij dichtbij
    .body = Heeft je kind waterpokken en krabt het steeds? Knip de nagels kort, kies luchtige katoenen kleren en dep jeukende plekjes met een koel, nat washandje. Een boekje op schoot geeft de handjes iets anders te doen. Jeuk maakt prikkelbaar; jouw rustige aandacht helpt erdoorheen. Lijkt je kind erg ziek of suf, of wordt een plek rood, warm en pijnlijk? Bel de huisarts, ’s avonds de huisartsenpost.

head-shoulders-knees-drying-off =
    .title = Afdrogen op ‘Hoofd, schouders, knie en teen’
    .body = Droog je kind vandaag na het bad af op ‘Hoofd, schouders, knie en teen’: bij elk woord dep je dat stukje met de handdoek. Eerst langzaam, dan sneller, en op het eind heel zacht. Liedje en aanraking samen maken van een klusje een spelletje, en je kind leert intussen zijn lijf kennen. Wijst je kind zelf al een knie aan voordat jij er bent? Laat het dan de maat aangeven.

wide-awake-at-three-am =
    .title = Om drie uur ’s nachts klaarwakker
    .body = Ligt je kind midden in de nacht een uur lang vrolijk wakker, klaar om te spelen? Blijf in de buurt, maar maak het saai: weinig licht, zachte stem, geen speelgoed of scherm. Ga desnoods naast het bed zitten met je ogen half dicht. Je kind is niet alleen, en merkt toch: de nacht is om te rusten. Zulke nachtelijke feestjes gaan meestal vanzelf weer over.

light-evenings-or-clock-change =
    .title = Lichte avonden of de klok verzet?
    .body = Gaat de klok binnenkort een uur verzet, of is het ’s avonds nog licht als je kind naar bed gaat? Schuif het slaapritueel een paar dagen telkens tien minuten op, in plaats van een heel uur ineens. Hang in de zomer iets verduisterends voor het raam, zodat de slaapkamer voelt als altijd. Een paar dagen vroeg wakker of moeilijk inslapen hoort erbij. Het vertrouwde ritueel schuift gewoon mee.

cuddly-toy-lost =
    .title = Knuffel kwijt
    .body = Is de knuffel kwijt, in de bus, bij oma of ergens in huis? Neem het verdriet serieus: ‘Je mist Beer. Dat is echt verdrietig.’ Zoek samen en bel waar je geweest bent. Is Beer bij het slapengaan nog zoek? Zeg het eerlijk: ‘We hebben Beer nog niet gevonden. Vannacht blijf ik wat langer bij je.’ En doe dat ook. Blijft hij echt weg, laat je kind dan een nieuwe kiezen; vertrouwd worden kost even tijd.

toddler-in-your-bed-at-night =
    .title = ’s Nachts bij jou in bed
    .body = Komt je kind ’s nachts bij jou in bed, of haal je het erbij omdat dat sneller rust geeft? Dichtbij slapen verwent niet, maar wees voorzichtig: nooit als een volwassene in dat bed alcohol, drugs of slaapmiddelen op heeft of rookt, en nooit samen op de bank. Let op: geen kier bij de muur, niet eruit kunnen vallen, niet onder jouw kussen of dekbed. Te krap? Een matras naast je bed is ook dichtbij.

medicine-without-tricks =
    .title = Medicijn innemen, zonder trucjes
    .body = Moet je kind een drankje van de huisarts nemen, en gaat de mond op slot? Zeg eerlijk hoe het smaakt: ‘Het is een beetje vies, en het helpt je beter worden.’ Geef je dreumes een keuze: ‘Duw jij het spuitje in, of doe ik het?’ Meehelpen maakt het minder een overval. Noem medicijnen nooit snoep, en berg ze daarna hoog en dicht op. Alles uitgespuugd? Geef niet zelf opnieuw; vraag de huisarts.

set-snack-times =
    .title = Vaste tussendoortjes, trek aan tafel
    .body = Eet je kind de hele dag kleine beetjes, en bij het avondeten bijna niets? Kies vandaag vaste momenten voor een tussendoortje, bijvoorbeeld halverwege de ochtend en de middag, en eet die samen, zittend aan tafel. Daartussen is er water. Een dreumes die weet wanneer er eten komt, hoeft niet steeds te vragen en komt met trek aan tafel. Zittend eten is bovendien veiliger dan rondlopen met eten.

nap-only-in-the-buggy =
    .title = Slaapt je kind alleen in de buggy?
    .body = Valt je kind overdag alleen in slaap in de buggy of de auto, en lukt het in bed niet? Voor nu is dat geen probleem. Maak er een vaste wandeling van, op dezelfde tijd en dezelfde route, en laat je kind daarna uitslapen waar het ligt, met jou in de buurt. In bed proberen kan later weer. Gebruik de wandeling ook voor jezelf: frisse lucht en even niets moeten.

hot-night-feel-the-neck =
    .title = Een warme nacht: voel in het nekje
    .body = Woelt je kind in een warme zomernacht en wordt het bezweet wakker? Voel in het nekje of op de rug; koele handjes zeggen weinig. Kies een dunne slaapzak of alleen een rompertje, houd overdag de gordijnen dicht en zet ’s avonds een raam open. Bied water en veeg met een lauw washandje over armen en benen. Je kind kan nog niet zeggen dat het te warm is; jij leest het af aan zijn lijf.

hiding-to-poo =
    .title = Verstoppen om te poepen
    .body = Kruipt je kind achter het gordijn of in een hoekje om te poepen, met een rood hoofd? Dat is een mooi teken: je kind voelt wat zijn lijf doet. Laat het even met rust en zeg daarna gewoon: ‘Je hebt gepoept, hè? Kom, een schone luier.’ Trek geen vies gezicht; je kind merkt hoe jij over zijn lijf praat. Het potje komt later; het voelen is al begonnen.

eating-from-a-shared-dish =
    .title = Samen eten uit één schaal
    .body = Eet je familie graag uit een gezamenlijke schaal, met brood of met de handen? Laat je kind vandaag gewoon meedoen: een stukje brood om mee te dippen, een hoekje van de schaal dat van je kind is. Eten zoals jullie thuis eten, laat je kind voelen dat het erbij hoort, bij de tafel en bij de familie. Zet hete schalen buiten bereik en proef eerst of het niet te heet of te pittig is.

dinner-falls-apart-eat-earlier =
    .title = Avondeten loopt uit op huilen? Eet eerder
    .body = Huilt, gooit of hangt je kind elke avond aan tafel? Vaak komt het eten dan gewoon te laat voor een moe lijfje. Probeer deze week eerder te eten, of geef je kind rond vijf uur een klein warm bordje en laat het later gezellig aanschuiven met iets kleins. Een uitgeruste dreumes eet rustiger en heeft meer zin in samen. Het hoeft niet elke dag zo; kijk wat bij jullie past.

showering-together =
    .title = Samen douchen in plaats van badderen
    .body = Geen bad in huis, of op vakantie alleen een douche? Ga samen onder de douche: lauw water met een zachte straal, je kind op een antislipmatje aan je voeten. Laat het de douchekop even zelf vasthouden en op jouw benen richten. Zo wordt spannend water een spel met jou. Wil je kind niet? Begin met alleen handen en voeten, jij ernaast. Voel altijd eerst zelf hoe warm het water is.

fever-night-mattress-beside-them =
    .title = Een koortsnacht: slaap even dicht bij je kind
    .body = Heeft je kind koorts en wordt het ’s nachts steeds huilend wakker? Leg voor een nacht of twee een matras naast het bed van je kind, of zet het bedje bij jou. Dan ben je er meteen, zonder door het huis te lopen, en hoort je kind je ademen. Bied vaak iets te drinken aan. Lijkt je kind erg ziek, is het suf, drinkt het slecht of maak je je zorgen? Bel de huisarts of ’s nachts de huisartsenpost.

following-you-to-the-toilet =
    .title = Je kind loopt mee naar de wc
    .body = Komt je kind achter je aan als je naar de wc gaat? Vind je het goed, laat het dan meekijken en vertel rustig wat je doet: ‘Ik plas op de wc. Nu papier, doortrekken, handen wassen.’ Zo leert je kind stap voor stap wat er op de wc gebeurt, zonder druk. Vind je het te privé? Zeg dan vriendelijk: ‘Ik ben even op de wc, ik kom zo terug.’ Allebei is goed.

from-high-chair-to-a-big-chair =
    .title = Van kinderstoel naar grote stoel
    .body = Wil je kind niet meer in de kinderstoel, maar ‘net als jij’ aan tafel? Kijk of er een stoelverhoger met riempje op een gewone stoel kan, zodat je kind veilig en op de goede hoogte zit. Laat je kind zelf helpen de stoel aan tafel te schuiven. Een eigen plek aan de grote tafel maakt veel dreumesen trots, en vaak ook rustiger. Wil het toch weer in de kinderstoel? Ook prima.

suddenly-picky-one-safe-food =
    .title = Ineens kieskeurig? Eén vertrouwd hapje erbij
    .body = Lust je kind ineens niets meer van wat het vroeger graag at? Dat zie je vaak in het tweede jaar, en meestal gaat het weer over. Leg vandaag steeds iets op het bord dat je kind bijna altijd eet, zoals brood of rijst, met een klein beetje van het nieuwe ernaast. Zet dat nieuwe er steeds weer bij, zonder commentaar; je kind mag het laten liggen. Zorgen over groei? Vraag het consultatiebureau.

clinic-visit-wont-perform =
    .title = Doet je kind niet mee op het consultatiebureau?
    .body = Wil je kind op het consultatiebureau geen blokjes stapelen of geen woordje zeggen, terwijl het dat thuis allang doet? Heel gewoon: een vreemde kamer en vreemde vragen maken veel dreumesen stil. Vertel wat je thuis ziet, of laat een kort filmpje zien; dat telt net zo goed. Je kind hoeft niet te ‘presteren’. Zeg na afloop iets liefs: ‘Dat was spannend, hè? Je mocht gewoon kijken.’

stopping-night-feeds-another-carer =
    .title = Stoppen met voeden ’s nachts: een ander gaat
    .body = Wil je stoppen met de borst of de fles ’s nachts? Laat een tijdje iemand anders die je kind goed kent ’s nachts gaan: je partner als je die hebt, of een oma die een paar nachten logeert. Die troost met armen en een zacht liedje, en geeft zo nodig water. Je kind protesteert waarschijnlijk: het mist iets fijns. Blijf troosten, in je eigen tempo. Er komt nog steeds iemand.

a-bad-dream =
    .title = Wakker geschrokken van een nare droom
    .body = Wordt je kind ’s nachts huilend wakker, alsof het iets engs droomde? Ga er snel heen, pak het op of leg een hand op de rug, en zeg: ‘Je bent geschrokken. Je ligt in je eigen bed, en ik ben hier.’ Veilig, gezien en getroost: meer is nu niet nodig. Uitleg kan later. Doe een zacht lampje aan als dat helpt, en blijf tot je kind weer rustig ademt.

picky-eater-helps-prepare =
    .title = Kieskeurig? Laat je kind meehelpen in de keuken
    .body = Eet je kind bijna niets nieuws? Laat het vandaag meehelpen met iets wat straks op tafel komt: tomaatjes wassen, sla scheuren, erwtjes in de pan doen. Geef een stukje om te ruiken of te proeven, zonder dat het moet. Wat je kind zelf in handen had, is op het bord minder vreemd. En samen in de keuken staan is ook gewoon gezellig. Messen en hete pannen blijven bij jou.

washing-the-cuddly-toy =
    .title = De knuffel moet in de was
    .body = Is de knuffel echt vies en moet hij in de was? Doe het overdag, niet vlak voor bedtijd, en laat je kind meekijken: ‘Beer gaat in bad.’ Zit samen voor de machine of hang Beer samen aan de lijn. Een schone knuffel ruikt ineens anders, en dat kan een kind van slag brengen. Houd hem een poosje tegen je aan of leg hem een nacht bij je kussen: dan ruikt hij weer vertrouwd.

body-curiosity-in-the-bath =
    .title = Nieuwsgierig naar het eigen lijf
    .body = Voelt je kind in bad of bij het verschonen aan de piemel of de vulva? Dat is gewone nieuwsgierigheid, net als aan tenen of oren zitten. Reageer rustig en noem de lichaamsdelen gewoon bij hun naam, zoals je ook ‘knie’ of ‘neus’ zegt. Zo leert je kind dat er aan zijn lijf niets vies of geheims is. Heb je er vragen over? Het consultatiebureau hoort ze vaker dan je denkt.

evening-at-the-huisartsenpost =
    .title = ’s Avonds naar de huisartsenpost
    .body = Moet je kind ’s avonds naar de huisartsenpost, na een val of met hoge koorts? Bel eerst; moet je komen, neem dan de knuffel, een luier en drinken mee. Pyjama aan mag. Houd je kind op schoot, praat rustig en zeg wat er gebeurt: ‘De dokter kijkt in je oor.’ Jouw kalmte is nu het meest vertrouwde dat je kind heeft. Thuis: een knuffel, voor jullie allebei.

dummy-only-in-bed-for-now =
    .title = De speen minderen: eerst alleen nog in bed
    .body = Heeft je kind overdag vaak de speen in, en wil je dat minderen? Begin klein: de speen hoort voortaan bij het bed. Zet er een bakje neer, waar je kind hem ’s ochtends zelf in legt: ‘Speen gaat rusten, tot vanavond.’ Troost overdag met je armen, een liedje of de knuffel. In bed mag de speen, zonder koordje of clip. Lukt het een dag niet? Morgen weer. Helemaal stoppen komt later.

lying-beside-them-until-asleep =
    .title = Blijf je tot je kind slaapt?
    .body = Lig of zit je elke avond bij je kind tot het slaapt? Dat is prima, als het voor jou goed voelt. Wil je het veranderen? Doe het in kleine stapjes: eerst je hand op de rug, na een paar avonden naast het bed zitten, later bij de deur. Blijf neuriën, zodat je kind hoort dat je er bent. Raakt je kind echt van streek? Ga weer een stapje dichterbij. Het tempo vinden jullie samen.

brushing-side-by-side-at-the-mirror =
    .title = Tandenpoetsen naast elkaar voor de spiegel
    .body = Wil je kind zijn tanden ‘zelf!’ poetsen? Zet het op een stevig opstapje voor de spiegel, naast jou, ieder met een eigen borstel. Poets tegelijk en trek gekke poetsgezichten naar elkaar in de spiegel. Eerst poetst je kind zelf, daarna poets jij kort na: ‘Nu maak ik ze glimmend.’ Zelf en samen gaan prima samen. Blijf erbij zolang je kind op het opstapje staat.

late-nap-late-bedtime =
    .title = Laat slaapje, strijd bij bedtijd?
    .body = Slaapt je kind ’s middags tot vier of vijf uur, en ligt het ’s avonds nog lang wakker? Leg het middagslaapje deze week wat eerder, kort na de lunch, of wek je kind zacht als het al lang slaapt: gordijnen open, jouw stem, rustig wakker worden op schoot. Dan is je kind ’s avonds weer moe op het gewone moment. Elk kind heeft een eigen ritme; kijk wat bij het jouwe past.

scared-to-poo-after-it-hurt =
    .title = Bang om te poepen omdat het pijn deed
    .body = Knijpt je kind de billen samen, gaat het op de tenen staan of kruipt het huilend weg als de poep eraan komt? Vaak deed een harde poep eerder pijn, en nu is het bang. Zeg wat je ziet: ‘Je bent bang dat het weer pijn doet. Ik blijf bij je.’ Geef veel water, fruit en groente, zonder haast of druk. Blijft het zo, zie je bloed of heeft je kind veel buikpijn? Vraag de huisarts om raad.

telling-you-after-a-wee =
    .title = ‘Plas!’ Je kind vertelt het je
    .body = Wijst je kind naar de luier, of zegt het ‘plas’ of ‘poep’ nadat het al gebeurd is? Bedank het: ‘Goed dat je het zegt! Kom, we doen een schone luier.’ Dit is een eerste stapje: je kind merkt wat zijn lijf doet en deelt het met jou. Het hoeft nog niet van tevoren, en een potje hoeft nog niet. Laat vooral merken dat vertellen altijd welkom is.

bath-too-exciting-move-it =
    .title = Maakt het bad je kind juist wakker?
    .body = Wordt je kind van het bad vooral druk en spetterig, en duurt het daarna lang voor het slaapt? Dan hoeft het bad niet in het slaapritueel. Verplaats het naar de middag of het weekend, en houd de avond rustig met tandenpoetsen, pyjama en een liedje. Bij het ene kind brengt het bad rust, bij het andere juist energie. Jij ziet wat het bij jouw kind doet.

afraid-of-the-dark =
    .title = Bang in het donker
    .body = Wil je kind ineens niet meer in het donker liggen, of wijst het bang naar een schaduw? Kijk overdag samen in de slaapkamer: de jas aan de deur, de lamp, de gordijnen. Doe ’s avonds het licht even uit en weer aan: ‘Kijk, het is gewoon je jas.’ Een klein, zacht nachtlampje mag. Neem de angst serieus, ook als jij weet dat er niets is. Met jou erbij wordt het donker minder groot.

last-breastfeed-mixed-feelings =
    .title = De laatste voeding: opluchting en gemis
    .body = Stopt de borstvoeding bijna, of was vandaag de laatste keer? Veel ouders voelen opluchting en verdriet tegelijk, soms ook een dipje door de hormonen. Dat mag allemaal. Maak er een klein moment van: een foto, een paar woorden tegen je kind, of gewoon lang samen op de bank. De nabijheid stopt niet, ze krijgt een andere vorm. Voel je je weken somber? Bespreek het met de huisarts.

small-operation-day =
    .title = Een kleine operatie: jij gaat mee
    .body = Krijgt je kind een kleine operatie, bijvoorbeeld aan de oren? Vraag het ziekenhuis of je mee mag tot je kind slaapt, en erbij mag zijn als het wakker wordt. Mag je kind die ochtend niet eten? Houd eten uit zicht en bied afleiding en je schoot. Neem de knuffel en het eigen dekentje mee. Je kind hoeft niet te snappen wat er gebeurt; jouw gezicht bij inslapen en wakker worden zegt genoeg.

scooping-their-own-food =
    .title = Zelf opscheppen
    .body = Zet vandaag een klein schaaltje met een lepel voor je kind neer, bijvoorbeeld met rijst of erwtjes, en laat het zelf opscheppen op het eigen bord. Het gaat langzaam en er valt wat naast; dat hoort erbij. Een dreumes die aan tafel zelf iets mag regelen, voelt zich groot en serieus genomen. Zeg wat je ziet: ‘Je hebt zelf opgeschept!’ Hete pannen en schalen blijven bij jou.

no-nap-today-quiet-hour =
    .title = Vandaag geen middagslaapje? Een rustuurtje
    .body = Slaapt je kind vandaag niet, hoe je ook je best doet? Houd het middagmoment toch aan als rustuurtje: samen op de bank of op bed, gordijnen half dicht, een boekje of zachte muziek. Veel kinderen hebben in het tweede jaar nog een middagslaapje nodig, maar niet elke dag lukt het. Een rustig uur met jou laadt ook op. Leg je kind ’s avonds dan wat eerder in bed.

hair-brushing-without-a-battle =
    .title = Haren kammen zonder gehuil
    .body = Is haren kammen elke ochtend een gevecht? Doe het eens na het bad, als het haar nat en zacht is, of maak de klitten eerst wat vochtig. Zet je kind op schoot met een boekje, of geef het een eigen borstel. Pak een pluk vast boven de klit, zodat het niet aan de hoofdhuid trekt, en kam in kleine stukjes van onderen naar boven. Gaat het echt niet? Iets minder netjes haar is vandaag prima.

only-one-parent-at-night =
    .title = ’s Nachts mag alleen die ene ouder komen
    .body = Doen jullie de nachten met z’n tweeën, maar roept je kind alleen om een van jullie en huilt het harder als de ander komt? Heel gewoon. Spreek af wie wanneer gaat. Wie gaat, zegt kort waar de ander is, en: ‘Ik ben er, ik blijf bij je.’ Blijf kalm en warm, ook als je kind eerst protesteert. Zo merkt je kind dat troost van allebei kan komen. En de een slaapt eindelijk eens door.

nappy-free-time =
    .title = Even zonder luier
    .body = Warm weer, of een warme kamer? Laat je kind vandaag een poosje zonder luier spelen, op een plek waar een plasje niet erg is: in de tuin, in de badkamer of op een oude handdoek. Zo merkt je kind wat er gebeurt als het plast: ‘Kijk, je plast!’ Zonder verwachting of oefenen, gewoon ontdekken. Een plas op de vloer? ‘Oeps, even dweilen.’ Meer hoeft er niet.

climbing-out-of-the-cot =
    .title = Klimt je kind uit het ledikant?
    .body = Hangt je kind met een been over de rand van het ledikant, of staat het ineens naast je bed? Dan is het tijd voor een laag bed of een matras op de grond, zodat een val niet hoog is. Maak de kamer veilig en zet een hekje in de deuropening of bij de trap. Neem de knuffel, de slaapzak en het vaste ritueel mee naar het nieuwe bed. Alles nieuw, behalve wat je kind houvast geeft.

one-more-drink-at-bedtime =
    .title = Steeds weer roepen na het instoppen
    .body = Roept je kind na het instoppen steeds: drinken, plassen, nog een kusje? Maak die dingen vanavond onderdeel van het ritueel: een beker water naast het bed, een laatste knuffel bij de deur. Komt er daarna toch een roep, antwoord dan kort en steeds hetzelfde: ‘Je hebt water, je hebt Beer. Ik ben dichtbij. Slaap lekker.’ Zo is je kind niet alleen, en wordt de avond niet eindeloos.

along-to-your-dentist =
    .title = Mee naar jouw tandarts
    .body = Moet je zelf naar de tandarts voor controle? Neem je kind mee als dat kan, en laat het op schoot of naast je kijken. Laat zien dat je het gewoon vindt, en laat je kind daarna even in de grote stoel zitten en de mond opendoen: ‘Aaah!’ Zo wordt de tandarts een bekende plek, met jou erbij. Vraag meteen wanneer je kind zelf voor het eerst mag komen.

screaming-but-not-awake =
    .title = Gillen in de slaap, maar niet wakker
    .body = Zit je kind ’s nachts gillend rechtop, ogen open, maar lijkt het je niet te zien en lukt troosten niet? Soms is een kind dan niet echt wakker. Maak het niet wakker, blijf erbij, zorg dat het zich niet kan stoten en praat zacht. Vaak is het na een paar minuten over en slaapt je kind weer, zonder het zich later te herinneren. Gebeurt het vaak, of maak je je zorgen? Vraag het de huisarts.

potty-as-a-chair-first =
    .title = Een potje om eerst gewoon op te zitten
    .body = Staat er nog geen potje in huis? Zet er vandaag een in de badkamer of de woonkamer, en laat je kind ermee doen wat het wil: erop zitten met kleren aan, er een knuffel op zetten, ernaast een boekje lezen. Zo raakt het gewend aan het ding zelf, zonder dat er iets moet. Zit je kind er graag op terwijl jij je tanden poetst? Gezellig samen. Er hoeft nog helemaal niets in.

bedtime-like-a-frog =
    .title = Naar bed als een kikker
    .body = Roept je kind ‘nee!’ zodra het bedtijd is? Maak de weg naar bed een spel: als kikkers naar de slaapkamer springen, als een vliegtuig in je armen, of op je rug als een paardje. Bedtijd blijft bedtijd, alleen de weg ernaartoe mag grappig zijn. Je kind krijgt plezier en aandacht, en niemand wordt meegesleurd. Vanavond geen zin in spelletjes? Draag je kind dan rustig naar bed.

potty-readiness-signs =
    .title = Zindelijk worden? Kijk naar je eigen kind
    .body = Vraag je je af of het al tijd is voor het potje? Rond de tweede verjaardag dragen heel veel kinderen nog luiers, en dat is gewoon. Let op je eigen kind: blijft de luier langer droog, zegt het dat het moet, wil het op het potje zitten? Dan kun je rustig beginnen. Zie je dat nog niet, dan wacht je gewoon nog even. Met druk gaat het vaak juist moeizamer.

first-nights-in-a-big-bed =
    .title = De eerste nachten in een groot bed
    .body = Slaapt je kind net in een groot bed, en staat het steeds weer naast het bed of in de gang? Breng het rustig terug, elke keer met dezelfde korte zin: ‘Het is nacht. Terug in bed, ik stop je in.’ Geen boze stem, geen lang gesprek. Blijf de eerste avonden wat langer bij de deur zitten. Zo wordt het nieuwe bed een vaste plek, en jij de vaste stem die erbij hoort.

sick-but-restless-quiet-basket =
    .title = Ziek maar onrustig? Een mandje vol rust
    .body = Is je kind ziek thuis, te moe om te spelen maar te onrustig om stil te liggen? Vul een mandje met rustige dingen: een paar boekjes, een zachte bal, stickers, een oud fotoboek. Maak een nestje op de bank naast je en pak er steeds één ding uit. Zo krijgt het zieke lijfje rust, met jou dichtbij. Drinkt je kind slecht of wordt het steeds suffer? Bel de huisarts of de huisartsenpost.

own-room-play-there-first =
    .title = Naar een eigen kamer? Eerst daar spelen
    .body = Gaat je kind van jouw slaapkamer naar een eigen kamer? Maak de nieuwe kamer eerst overdag vertrouwd: speel er samen, lees er een boekje op de grond, laat je kind kiezen waar Beer mag zitten. Begin met de middagslaapjes daar, en neem het vaste slaapritueel mee. Een kamer waar je samen hebt gelachen, voelt ’s avonds minder vreemd. De eerste nachten wat onrustiger? Dat hoort bij wennen.

first-wee-in-the-potty =
    .title = Een eerste plasje in het potje
    .body = Plast je kind voor het eerst in het potje, misschien per ongeluk? Deel de verbazing: ‘Hé, dat is je plas! In het potje!’ Houd het klein: geen groot feest, geen beloning, geen ‘Nu elke keer, hè?’ Dan blijft het iets van je kind zelf, niet iets wat het voor jou moet doen. Morgen toch weer gewoon een luier? Ook goed: zindelijk worden gaat met horten en stoten.

show-me-where-it-hurts =
    .title = Waar doet het pijn? Wijs maar
    .body = Is je kind hangerig of huilerig, en weet je niet waarom? Vraag: ‘Doet er iets pijn? Wijs maar.’ Raak zacht aan en noem: ‘Je oor? Je buik? Je mond?’ Een dreumes kan vaak beter wijzen dan zeggen, en merkt zo dat jij het wilt weten. Onthoud wat het aanwijst; dat helpt de huisarts. Houdt de pijn aan, huilt je kind anders dan anders of heeft het koorts? Bel de huisarts of de huisartsenpost.
