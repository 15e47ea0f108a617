# Tägliche Tipps für Eltern eines zu früh geborenen Babys (korrigiertes Alter unter 0).

first-ward-visit-just-arrive =
    .title = Dein erster Besuch auf der Neonatologie
    .body = Besuchst du dein Baby heute zum ersten Mal auf der Neonatologie? Bitte eine Pflegekraft, neben dir zu stehen und zu erklären, was du siehst: Schläuche, Sensoren, Piepsen. Dann schau dein Baby einfach an und sag leise Hallo; zwischen all den fremden Geräuschen ist deine Stimme vertraut. Mehr braucht es beim ersten Mal nicht. Du bist kein Besuch, sondern Elternteil: Frag, was du heute tun darfst.

incubator-still-hands-hold =
    .title = Deine erste Berührung durch die Klappe des Inkubators
    .body = Darfst du heute deine Hände durch die Klappen des Inkubators stecken? Frag die Pflegekräfte zuerst, wie du dir die Hände wäschst und wie dein Baby gern berührt wird. Oft tut eine warme, ruhige Hand besser als Streicheln: Lass deine Hand still liegen, etwa um die Füßchen, und schau, was dein Baby macht. Nimm sie danach langsam weg. Zittern deine Hände beim ersten Mal? Das ist ganz normal.

tiny-baby-enough-signs-pause =
    .title = Lies das „Jetzt reicht’s“ deines kleinen Babys
    .body = Achte heute bei der Pflege auf kleine Signale wie Wegschauen, gespreizte Finger, Schluckauf, Gähnen, Stirnrunzeln oder wegzuckende Ärmchen. Ein zu früh geborenes Baby ist oft schnell überreizt und zeigt so: kurz Pause. Hör dann auf, lass deine Hand ruhig liegen und warte, bis es sich wieder beruhigt. Frag die Pflegekräfte, welche Signale dein Baby zeigt; jedes Baby macht es etwas anders.

kangaroo-care-ask-the-nurses =
    .title = Frag, wann du känguruhen darfst
    .body = Frag, wann du dein Baby Haut an Haut halten darfst; auf der Station heißt das „buidelen“, auf Deutsch oft Känguruhen. Wenn es geht, legen die Pflegekräfte dein Baby samt Kabeln auf deine nackte Brust, wo deine Wärme und dein Herzschlag beim Ruhigwerden helfen können. Trag etwas, das vorne aufgeht, geh vorher zur Toilette, stell Wasser bereit. Bleib wach und aufmerksam; wirst du müde, sag Bescheid.

kangaroo-care-second-parent =
    .title = Känguruhen ist nicht nur Sache der Person, die entbunden hat
    .body = Stehst du oft daneben, während jemand anderes mit dem Baby beim Känguruhen sitzt, oder hast du nicht selbst entbunden? Bitte heute um deine eigene Zeit Haut an Haut. Dein Baby lernt so deinen Geruch, Atem und Herzschlag kennen, und für dich wird das Elternsein oft plötzlich greifbar. Bleib wach und aufmerksam. Verabrede danach mit dem Team eine feste Zeit, dann musst du nicht jedes Mal fragen.

kangaroo-slow-breathing-chest =
    .title = Beim Känguruhen: ruhig atmen und nichts tun
    .body = Liegt dein Baby heute Haut an Haut auf deiner Brust? Leg das Handy weg, lass die Schultern sinken und atme langsam aus. Dein Baby hebt und senkt sich mit deinem Atem und spürt deinen Herzschlag; ein ruhiger Körper nah bei ihm kann einem kleinen Stresssystem beim Ruhigwerden helfen. Reden oder Streicheln braucht es nicht. Dämmerst du weg, bitte eine Pflegekraft, dein Baby zurückzulegen.

tube-feed-as-contact =
    .title = Mach die Sondennahrung zu einem gemeinsamen Moment
    .body = Bekommt dein Baby Nahrung über eine Sonde? Frag heute, ob du dabei sein, die Spritze halten oder dein Baby während der Mahlzeit bei dir haben darfst, im Inkubator oder Haut an Haut, solange du wach und aufmerksam bist. Leg eine Hand um dein Baby und sprich leise. So wird Essen, wie später an Brust oder Flasche, ein Moment von Wärme und Nähe. Geht es heute nicht, frag, wann es geht.

feast-day-in-these-weeks =
    .title = Ein Festtag in diesen unruhigen Wochen
    .body = Fällt in diese Wochen ein Fest, etwa Weihnachten, das Zuckerfest oder der Geburtstag eines Geschwisterkinds? Gib deinem Baby heute ein kleines Stück vom Fest: das Festlied leise gesungen, eine Karte am Inkubator oder Bettchen, ein Foto von allen zusammen. Auf der Station? Frag das Team, was geht. Und feier ruhig selbst mit; wer das Fest auslässt, ist kein besserer Elternteil.

care-times-plan-your-visit =
    .title = Plane deinen Besuch um eine Pflegerunde
    .body = Frag heute, wann die nächsten Pflegezeiten deines Babys sind: Windel, Temperatur, Mahlzeit. Oft wird das gebündelt, damit ein kleines Baby dazwischen schlafen kann; die Pflegekräfte wissen, wie es bei deinem Baby läuft. Komm so, dass du dabei bist und selbst etwas tun darfst. So bekommt dein Baby einen erkennbaren Rhythmus, mit dir darin. Schaffst du nicht jede Runde, wähle eine feste pro Tag.

nappy-change-in-the-incubator =
    .title = Wickle dein Baby im Inkubator
    .body = Bitte heute eine Pflegekraft, dir zu zeigen, wie du dein Baby im Inkubator wickelst, und mach es dann selbst, während sie zuschaut. Arbeite langsam und erzähl leise, was du tust: „Jetzt mach ich die Windel auf.“ So hört dein Baby deine Stimme zu deinen Händen, und aus einer Aufgabe wird ein gemeinsamer Moment. Die ersten Male fühlt es sich ungeschickt an; das gehört dazu.

one-care-task-becomes-yours =
    .title = Lerne eine Pflegeaufgabe, die deine wird
    .body = Such dir heute mit der Pflegekraft eine Aufgabe aus, die du ab jetzt übernimmst, wenn du da bist, etwa Temperatur messen, das Gesicht waschen oder die Mundpflege; das Team weiß, was zu deinem Baby passt. Zwischen all den wechselnden Schichten bist du dann die Person, deren Hände immer wiederkommen. Klappt es heute noch nicht selbst, schau genau zu; nächstes Mal übernimmst du.

nurses-card-what-calms-baby =
    .title = Sag den Pflegekräften, was dein Baby beruhigt
    .body = Schreib heute auf eine Karte, was du bei deinem Baby beobachtest: wie es am liebsten liegt, was es beruhigt, welches Lied du singst. Frag, ob sie am Inkubator hängen darf. Die Pflegekräfte versorgen dein Baby, wenn du nicht da bist, und so reist dein Wissen in ihren Händen mit. Frag umgekehrt, was ihnen aufgefallen ist; zusammen seid ihr das Team um dein Baby.

ward-round-question-list =
    .title = Nimm deine Fragen mit zur Visite
    .body = Führ heute auf dem Handy eine Liste mit allem, was du wissen willst, egal wie klein. Frag, ob du bei der Visite oder einem Elterngespräch dabei sein kannst, und nimm die Liste mit. Wer versteht, was passiert, fühlt sich weniger als Zuschauer und mehr als Elternteil, und das schafft Raum für Nähe zu deinem Baby. Zweimal fragen ist völlig in Ordnung; hier merkt sich niemand alles.

monitor-watch-baby-not-screen =
    .title = Schau auf dein Baby, nicht nur auf den Monitor
    .body = Bitte heute eine Pflegekraft, dir einmal in Ruhe zu erklären, was der Monitor zeigt, welches Piepsen oft harmlos ist, etwa wenn dein Baby sich bewegt oder ein Sensor verrutscht, und wann du jemanden rufst. Das Team hat den Bildschirm im Blick. Schau danach bewusst auf dein Baby: Gesicht, Hände, wie es liegt. Dort lernst du dein Kind lesen.

heel-prick-hold-your-baby =
    .title = Halte dein Baby bei einem Fersenpiks
    .body = Steht heute etwas Unangenehmes an, etwa ein Fersenpiks oder ein neuer Schlauch? Frag, ob du bleiben und deine Hände still um dein Baby legen oder es an dich halten darfst. Deine Nähe kann dem kleinen Körper helfen, sich nach dem Schreck wieder zu beruhigen. Lass danach noch eine Weile die Hand bei deinem Baby. Ist Zuschauen zu viel für dich? Dann darfst du auch kurz rausgehen.

see-your-baby-past-the-tubes =
    .title = Such dein Baby hinter den Schläuchen
    .body = Siehst du heute vor allem Kabel, Pflaster oder eine Maske? Dann such bewusst nach deinem Baby selbst: die Augenbrauen, die Haare, die Form der Ohren, die Zehen. Wem sieht dein Baby ähnlich? Sag es laut oder schreib es auf. So siehst du dein Kind statt nur die Geräte drumherum, und das Gefühl „das ist mein Kind“ wächst oft gerade aus solchen Details.

goodbye-ritual-at-the-incubator =
    .title = Ein fester Abschied am Inkubator
    .body = Musst du heute wieder von der Station weg? Verabschiede dich jedes Mal gleich: die Hand noch kurz still an deinem Baby, dieselben paar Worte, etwa „Schlaf gut, ich komme morgen wieder“, und dann wirklich gehen. Ein festes Ritual bringt etwas Vertrautes ins Gehen und gibt dir ein klares Ende, sodass Gehen sich weniger wie Davonschleichen anfühlt. Sag der Pflegekraft, wann du wiederkommst.

go-home-to-sleep-allowed =
    .title = Zum Schlafen nach Hause gehen ist erlaubt
    .body = Fühlt es sich heute Abend falsch an, dein Baby zurückzulassen? Geh trotzdem nach Hause oder in dein Zimmer und schlaf. Nachts wachen die Pflegekräfte, und du brauchst deine Kraft für die kommenden Wochen, auch für die Zeit zu Hause. Frag das Team, ob du vor dem Schlafen kurz anrufen darfst, um zu hören, wie es geht, und ob das auch geht, wenn du nachts wach liegst.

birth-parent-in-bed-recovering =
    .title = Nach der Geburt noch nicht zu deinem Baby können
    .body = Liegst du nach einem Kaiserschnitt oder einer schweren Geburt selbst noch im Bett oder bist krank und kannst nicht zu deinem Baby? Frag, ob dich jemand im Rollstuhl oder Bett hinbringen kann, auch nur kurz. Lass eine nahe Person inzwischen Fotos und ein kurzes Video machen. Dass andere dein Baby zuerst halten, sagt nichts über eure Bindung; sie kann einfach etwas später beginnen.

short-ward-visit-still-counts =
    .title = Auch ein kurzer Besuch zählt
    .body = Arbeitest du, hast Kinder zu Hause oder wohnst weit weg, und schaffst heute nur eine Viertelstunde? Geh trotzdem. Wasch dir die Hände, leg eine Hand um dein Baby, sag leise Hallo und erzähl eine Sache von deinem Tag. Miss dich nicht in Minuten: Ein Baby braucht vor allem jemanden, der immer wiederkommt. Geht es an einem Tag wirklich nicht, ruf an und frag, wie es war.

no-touching-today-stay-close =
    .title = Heute keine Berührung? Bleib nah
    .body = Ist dein Baby heute so empfindlich, dass Berühren oder Känguruhen nicht geht? Dann setz dich neben den Inkubator und frag das Team, ob leises Sprechen in Ordnung ist. Schau, was dein Baby zeigt: ein Händchen, das sich öffnet oder schließt, ein Gesicht, das sich verändert. So lernst du dein Baby schon kennen, auch ohne Berührung. Es fühlt sich machtlos an, aber dass du da bist, ist schon Fürsorge.

eyes-open-bring-your-face-close =
    .title = Augen auf? Komm mit dem Gesicht nah
    .body = Öffnet dein Baby heute kurz die Augen? Frag, ob das Licht gedämpft werden kann, etwa mit der Abdeckung über dem Inkubator, und bring dein Gesicht langsam näher. Sag nichts oder nur ganz leise etwas. Viele Babys schauen gern in ein Gesicht, doch ein sehr kleines Baby wird oft schnell müde: Fallen die Augen wieder zu oder schaut es weg, war es genug.

twins-on-the-ward-each-a-moment =
    .title = Zwei Babys auf Station: für jedes ein eigener Moment
    .body = Liegen zwei (oder mehr) Babys von dir auf der Station? Gib heute jedem einen eigenen Moment: einmal Känguruhen (wach und aufmerksam), eine Pflegerunde oder einfach eine Weile allein mit diesem einen. So lernst du, dass jedes eigene Signale und ein eigenes Tempo hat. Ist es an einem Tag ungleich verteilt, ist das nicht schlimm; schau morgen, wer dran ist. Lass dir vom Team beim Planen helfen.

transfer-to-hospital-near-home =
    .title = Verlegung in ein anderes Krankenhaus
    .body = Kommt dein Baby in ein Krankenhaus näher bei euch, oder ist es gerade dort? Frag, ob du beim Transport dabei sein oder mitfahren kannst. Stell dich auf der neuen Station gleich als Elternteil vor, lass dich herumführen, frag nach deiner Ansprechperson. Für dein Baby ist alles neu: Gesichter, Geräusche, Hände. Du kommst mit, und je schneller du dich dort wohlfühlst, desto mehr Ruhe bringst du mit.

first-own-clothes-open-cot =
    .title = Die ersten eigenen Anziehsachen
    .body = Darf dein Baby aus dem Inkubator in ein offenes Bettchen, oder darf es schon Kleidung tragen? Bring heute einen Body, ein Mützchen oder einen Strampler von zu Hause mit und zieh dein Baby zusammen mit der Pflegekraft an. Etwas, das du selbst ausgesucht hast, macht für viele Eltern plötzlich spürbar: Das ist unser Kind. Mach ruhig ein Foto. Ist es noch zu früh, leg schon mal etwas in deine Tasche.

first-drinks-baby-sets-the-pace =
    .title = Erstes Trinken: Dein Baby bestimmt das Tempo
    .body = Übt dein Baby heute, an der Brust oder aus der Flasche zu trinken? Halte es nah bei dir und achte auf die Signale: Sucht der Mund, oder dreht sich das Köpfchen weg und wird dein Baby müde? Frag die Pflegekräfte vorher, was du tust, wenn es aufhört, bevor die Mahlzeit getrunken ist. Trinken lernen geht meist in kleinen Schritten, im Tempo deines Babys. Auch die Stillberatung kann mit draufschauen.

rooming-in-before-going-home =
    .title = Rooming-in, bevor es nach Hause geht
    .body = Frag, ob du vor der Entlassung einen Tag oder eine Nacht mit deinem Baby in einem Zimmer auf der Station bleiben kannst. Übernimm dann die ganze Pflege selbst: füttern, wickeln, trösten, auch nachts, mit dem Team im Hintergrund. So merkst du, dass du dein Baby lesen kannst, und für dein Baby bist du die Person, die kommt. Bist du unsicher, klingel ruhig: Genau dafür ist diese Nacht da.

parents-room-talk-to-another-parent =
    .title = Sprich im Elternzimmer mit anderen Eltern
    .body = Sitzt du heute im Elternzimmer oder am Kaffeeautomaten neben jemandem, dessen Baby auch hier liegt? Frag, wie es geht. Niemand versteht dieses Leben zwischen Inkubator und Zuhause so gut wie jemand, der es selbst erlebt, und geteilte Sorgen wiegen leichter. Vergleicht nur keine Gramm oder Fortschritte; jedes Baby hat seinen Weg. Willst du heute lieber Ruhe, ist das auch gut.

sibling-at-home-baby-in-hospital =
    .title = Geschwister zu Hause, das Baby im Krankenhaus
    .body = Wartet zu Hause ein Geschwisterkind, während du immer wieder ins Krankenhaus fährst? Erklär in einfachen Worten, wo das Baby ist und warum, und lass ein Bild malen, das am Inkubator hängen darf. Halte zu Hause möglichst dieselbe vertraute Person und dieselben Gewohnheiten bei, etwa beim Zubettgehen. So fühlt sich auch das ältere Kind sicher. Frag die Station, wann es zu Besuch kommen darf.

corrected-age-count-from-due-date =
    .title = Was „korrigiertes Alter“ bedeutet
    .body = Dein Baby ist schon da, aber für die Entwicklung zählst du ab dem errechneten Termin: das korrigierte Alter. Das nutzt du, bis dein Kind etwa zwei ist. Kam dein Baby zwei Monate zu früh, passt vier Monate nach der Geburt oft eher zu zwei Monaten. Auch diese Tipps folgen diesem Alter. Erklär es heute Großeltern oder Freunden, dann erwartet niemand zu früh zu viel.

tube-bottle-or-breast-bond-grows =
    .title = Sonde, Flasche oder Brust: Die Bindung wächst genauso
    .body = Bekommt dein Baby Nahrung über Sonde oder Flasche, mit Muttermilch oder Pulvermilch, und nagt das an dir? Bindung wächst nicht aus der Art des Fütterns, sondern aus dem, was drumherum passiert: deine Hände, deine Stimme, dein Geruch und dein Wiederkommen. Achte heute nach einer Mahlzeit darauf, was dein Baby bei dir tut, etwa ein Körper, der sich entspannt. Das ist eure Bindung.

other-parent-helps-with-expressing =
    .title = Der andere Elternteil pumpt ab? So bist du dabei
    .body = Pumpt der Elternteil, der Muttermilch gibt, heute wieder ab, zu Hause oder im Krankenhaus? Übernimm deinen Teil: Teile spülen, die Milch beschriften, wie die Station es möchte, sie hinbringen und einfach eine Weile danebensitzen. Abpumpen ist einsame Arbeit, und Gesellschaft macht sie leichter. So sorgt ihr gemeinsam für euer Baby, auch wenn du die Milch nicht selbst gibst.

expressing-milk-is-not-a-contest =
    .title = Abpumpen ist harte Arbeit, kein Wettbewerb
    .body = Pumpst du heute wieder ab, mit Wecker in der Nacht und einem Auge auf den Fläschchen? Sieh die Milliliter nicht als Beweis dafür, wie gut du es machst. Viele finden Abpumpen am Inkubator, nach dem Känguruhen oder mit einem Foto ihres Babys leichter. Ist es mühsam, bitte die Stillberatung um Hilfe. Und klappt es nicht oder hörst du auf, bist du trotzdem genau der Elternteil, den dein Baby braucht.

hospital-costs-ask-for-help =
    .title = Parken, Fahrten, Essen: Frag nach Hilfe bei den Kosten
    .body = Kostet das ständige Hin und Her viel Geld: Parken, Benzin oder Zug, Essen aus dem Automaten? Frag heute das Team oder den Sozialdienst im Krankenhaus, was möglich ist, etwa eine Parkregelung für Eltern oder ein Schlafplatz in der Nähe. Frag auch deine Krankenversicherung, ob etwas erstattet wird. Geldsorgen kosten Kraft, die du lieber deinem Baby gibst, und um Hilfe bitten gehört zu diesen Wochen.

preterm-talk-in-your-own-language =
    .title = Sprich in deiner eigenen Sprache mit deinem Baby
    .body = Sprichst du zu Hause eine andere Sprache als die Pflegekräfte, oder fühlt sich Niederländisch mit deinem Baby fremd an? Sprich und sing heute in der Sprache deines Herzens. Dein Baby braucht kein Niederländisch, sondern deinen warmen, vertrauten Klang, und in deiner Sprache klingst du von selbst nach dir. Spricht der andere Elternteil eine andere Sprache? Dann gibt es eine vertraute Stimme mehr.

diary-for-your-preterm-baby =
    .title = Führ ein kleines Tagebuch für dein Baby
    .body = Beginn heute ein Heft oder eine Notiz an dein Baby: „Heute habe ich zum ersten Mal deine Hand gehalten.“ Schreib kleine erste Male auf, kleb Fotos ein und frag, ob die Pflegekräfte eine Zeile hineinschreiben möchten, wenn du nicht da bist. Später liest du nach, wie viel ihr schon zusammen gemacht habt, und irgendwann kann dein Kind es selbst lesen. Ein Satz pro Tag reicht, und Auslassen auch.

not-feeling-like-my-baby-yet =
    .title = Fühlt es sich noch nicht wie dein Baby an?
    .body = Fühlt sich dein Baby nach all den Geräten und fremden Händen nicht wie deins an? Viele Eltern eines zu früh geborenen Babys kennen das, und es sagt nichts über dich oder eure Bindung. Sag es einer Pflegekraft, der JGZ (Jugendgesundheitsdienst) oder jemandem, dem du vertraust, und frag, was sie dein Baby tun sehen, wenn du da bist. Manchmal sehen andere die Bindung, bevor du sie spürst.

guilt-about-the-early-birth =
    .title = Schuldgefühle wegen der frühen Geburt
    .body = Denkst du immer wieder: Hätte ich etwas anders machen müssen, liegt es an mir? Viele Eltern kennen das, und eine frühe Geburt ist selten jemandes Schuld. Schreib deine Frage heute auf und stell sie dem Arztteam oder deiner Hebamme (verloskundige); eine ehrliche Antwort nimmt oft die schärfsten Kanten. Erzähl es auch einer nahen Person. Schuld muss nicht zwischen dir und deinem Baby stehen.

afraid-to-attach-come-close =
    .title = Angst, dich zu binden? Komm trotzdem nah
    .body = Hältst du dich ein wenig zurück, weil du Angst hast, dass mit deinem Baby etwas schiefgeht? Diese Angst ist sehr verständlich, und viele Eltern kennen sie. Gerade jetzt braucht dein Baby deine Nähe, und Nähe kann auch dich trösten. Fang klein an: eine Hand, ein Lied, ein paar Minuten. Die Angst muss nicht weg sein, bevor du anfangen darfst.

ward-social-worker-or-psychologist =
    .title = Sprich mit jemandem, der sich damit auskennt
    .body = Schläfst du schlecht, weinst du oft oder fühlst du seit der Geburt nichts mehr? Frag auf der Station nach dem Sozialdienst oder der Psychologin; sie sind für Eltern wie dich da. Schon zu Hause? Sag es deinem Hausarzt (huisarts) oder dem Consultatiebureau (Kinderberatungsstelle). Halten Niedergeschlagenheit oder Angst über zwei Wochen an oder fehlt so lange jede Freude, sag es unbedingt.

parents-cope-differently-with-worry =
    .title = Jeder trägt die Sorgen auf seine Art
    .body = Will eine Person alles über Sauerstoff und Gramm wissen, während die andere lieber still beim Baby sitzt oder sich in die Arbeit stürzt? Menschen gehen unterschiedlich mit Angst um, und das ist kein Mangel an Liebe. Fragt euch heute: „Was hilft dir gerade?“ und hört zu, ohne zu verbessern. Bist du allein? Dann stell dir diese Frage selbst und einer Person, der du vertraust.

one-news-message-for-everyone =
    .title = Eine Nachricht für alle, die Neues wissen wollen
    .body = Trudeln ständig Nachrichten ein: „Wie geht’s dem Kleinen?“ Such dir heute eine Person aus, die Neuigkeiten für euch weitergibt, oder schick eine Nachricht an eine Gruppe und stell den Rest stumm. So fließt deine Energie zu deinem Baby statt ins Handy, und der Kreis um dein Baby bleibt klein und ruhig. Lass diese Person auch Fragen zu Besuchen abfangen.

family-helpers-get-a-practical-job =
    .title = Gib Großeltern oder Freunden eine Aufgabe
    .body = Wollen Familie und Freunde helfen, können aber nicht alle zum Baby? Gib ihnen heute eine konkrete Aufgabe: ein Essen, die Wäsche, Fahrten ins Krankenhaus, Zeit mit einem älteren Kind. So helfen sie wirklich, und du hast deine Aufmerksamkeit für dein Baby. Ihre eigene Bindung zum Baby kommt später, wenn Ruhe einkehrt: Wer oft kommt, wird dann ganz von selbst vertraut.

ask-work-about-leave-options =
    .title = Frag bei der Arbeit, welche Freistellung möglich ist
    .body = Läuft deine freie Zeit nach der Geburt aus, während dein Baby noch im Krankenhaus liegt, oder graut dir vor dem Wiedereinstieg? Frag heute deinen Arbeitgeber oder die Personalabteilung, was in deiner Lage geht; liegt ein Neugeborenes im Krankenhaus, gibt es manchmal extra Möglichkeiten. Weniger Sorgen und ein klarer Plan schaffen Raum für dein Baby. Graut dir vor dem Gespräch, nimm jemanden mit.

follow-up-talk-about-the-birth =
    .title = Bitte um ein Nachgespräch zur Geburt
    .body = Geht dir die Geburt noch im Kopf herum: wie schnell es ging, was gesagt wurde, woran du dich nicht erinnerst? Bitte heute um ein Nachgespräch mit der Hebamme (verloskundige) oder der Gynäkologin bzw. dem Gynäkologen, die dabei waren; das geht auch für die Person, die danebenstand. Eine Geburt ist ein riesiger Umbruch, und Lücken in der Geschichte können zwischen dir und deinem Baby stehen bleiben.

welcome-ritual-from-your-tradition =
    .title = Ein Willkommensritual aus deiner Tradition
    .body = Gehört in deiner Familie oder deinem Glauben etwas zu einer Geburt: ein Gebet ins Ohr, ein Segen, ein Lied, ein laut ausgesprochener Name? Kam es im Trubel noch nicht dazu, oder lief es anders, als du wolltest? Tu es heute nachträglich oder noch einmal; bitte auf der Station um einen ruhigen Moment. So wird dein Baby als Teil eurer Familie willkommen geheißen, wo auch immer ihr seid.

tell-your-baby-about-home =
    .title = Erzähl deinem Baby von zu Hause
    .body = Erzähl deinem Baby heute, wie es zu Hause ist: das Zimmer mit dem Bettchen, die Katze, ein Geschwisterkind, das ständig fragt, wann das Baby kommt, der Duft vom Essen. Dein Baby versteht die Worte nicht, hört aber eine ruhige, warme Stimme, die von etwas Vertrautem spricht. Und für dich wird das Heimkommen schon ein bisschen echt. Ist dein Baby schon zu Hause? Dann mach eine Führung durchs Haus.

parent-alone-one-steady-companion =
    .title = Allein? Such dir eine feste Person an deiner Seite
    .body = Bist du als Elternteil allein, auf der Station oder bald zu Hause? Such dir heute eine feste Person, die mitkommen kann: um neben dir zu sitzen, bei den Pflegekräften mitzuhören und dich manchmal bei der Pflege oder beim Känguruhen abzulösen, wenn die Station das erlaubt. Für dein Baby wird diese Person ein vertrautes Gesicht neben dir, für dich eine Stütze, die die Geschichte schon kennt.

no-comparing-with-term-babies =
    .title = Vergleiche nicht mit Babys, die pünktlich kamen
    .body = Siehst du online oder in der Familie Babys, die um dieselbe Zeit geboren wurden und schon zu Hause sind oder größer wirken? Leg diesen Vergleich heute bewusst beiseite. Dein Baby geht seinen eigenen Weg, mit dem errechneten Termin als Startpunkt, und diesen Weg misst man nicht an anderen. Vergleich dein Baby höchstens mit sich selbst von letzter Woche und sieh, was sich schon verändert hat.

mark-the-due-date =
    .title = Mach etwas aus dem errechneten Termin
    .body = Rückt der errechnete Termin näher? Überleg heute, wie du den Tag feiern möchtest: ein Kuchen, ein Foto, das du neben das allererste legst, ein Brief an dein Baby oder einfach ein ruhiger Tag zusammen. Es ist ein zweiter Geburtstag, den nur zu früh geborene Babys haben, und ein Moment, um zu sehen, was ihr zusammen schon geschafft habt. Fühlt es sich eher gemischt an? Das darf auch sein.

hum-softly-during-care =
    .title = Summ leise bei der Pflege
    .body = Summ heute beim Wickeln oder Waschen leise eine Melodie, immer dieselbe. Summen ist sanfter als Singen und füllt einen kleinen Raum wie einen Inkubator oder eine Wiege nicht mit zu viel Klang. Dein Baby bekommt so einen ruhigen Faden durch die Pflege, und dein eigener Atem wird ganz von selbst langsamer. Scheint es deinem Baby heute zu viel, summ erst am Ende.

who-to-call-card-for-home =
    .title = Wen rufst du wofür an? Ein Zettel für zu Hause
    .body = Kommt dein Baby bald nach Hause, oder ist es gerade da? Frag das Team, wen du bei welcher Sorge anrufst, tagsüber und nachts: die Station, deinen Hausarzt (huisarts), den hausärztlichen Notdienst (huisartsenpost), das Consultatiebureau (Kinderberatungsstelle). Schreib alles mit Nummern auf einen Zettel am Kühlschrank, den auch Babysitter oder Großeltern finden. Zu wissen, wen du anrufst, beruhigt.

preterm-back-sleeping-at-home =
    .title = Zu Hause schläft dein Baby immer auf dem Rücken
    .body = Lag dein Baby auf der Station am Monitor manchmal auf Bauch oder Seite? Zu Hause gilt: Dein Baby schläft immer auf dem Rücken, im eigenen Bettchen, und bis 12 Monate liegt nichts Weiches darin: kein Kuscheltier, kein Tuch, kein Kissen. Auch wenn es die Bauchlage gewohnt ist. Frag das Team, wie du das vor der Entlassung übst und was sonst für dein Baby gilt; schon zu Hause? Ruf die Station an.

bring-the-ward-rhythm-home =
    .title = Nimm den Rhythmus der Station mit nach Hause
    .body = Kommt dein Baby bald nach Hause, oder ist es gerade da? Frag das Team, welchen Tagesrhythmus es für zu Hause empfiehlt, und schreib ihn auf: wie oft Mahlzeiten, wann Pflege, wann Schlaf. Halte dich anfangs ungefähr daran, füge einen festen Moment von dir hinzu, etwa ein Lied vor dem Schlafen. So ändert sich für dein Baby nicht alles auf einmal. Danach darf es langsam euer eigener Rhythmus werden.

first-nights-home-without-monitor =
    .title = Die ersten Nächte zu Hause, ohne Monitor
    .body = Ist es still ohne das Piepsen der Station, und horchst du ständig, ob dein Baby atmet? Das geht sehr vielen Eltern so. Sprecht ab, wer wann schläft, oder bitte jemanden, eine Nacht zu bleiben. Leg dein Baby auf den Rücken ins eigene Bettchen, nah bei dir. Echte Sorgen? Ruf wie vereinbart die Station an, deinen Hausarzt (huisarts) oder nachts den hausärztlichen Notdienst (huisartsenpost).

home-visitors-healthy-clean-hands =
    .title = Besuch zu Hause: gesund, Hände gewaschen, kurz
    .body = Wollen alle dein Baby endlich sehen? Sag beim Verabreden: Komm nur, wenn du gesund bist, wasch dir beim Ankommen die Hände und küss das Baby nicht ins Gesicht. Halte es kurz und ruhig; ein Baby, das zu früh kam, ist oft schnell überreizt und wird manchmal leichter krank. Frag im Consultatiebureau (Kinderberatungsstelle) oder auf der Station, was sonst für dein Baby gilt, besonders im Winter.

kraamzorg-and-jgz-after-discharge =
    .title = Kraamzorg und JGZ nach dem Heimkommen
    .body = Ist dein Baby (fast) zu Hause? Frag, ob noch Kraamzorg (Wochenbettpflege zu Hause) kommen kann, und notier, wann die JGZ (Jugendgesundheitsdienst) oder das Consultatiebureau (Kinderberatungsstelle) vorbeikommt; manchmal begleitet auch das Krankenhaus dein Baby noch. Erzähl ihnen, was du auf der Station über dein Baby gelernt hast: was beruhigt, wie das Trinken läuft. Darauf können sie aufbauen.

sibling-meets-baby-at-home =
    .title = Wenn Geschwister das Baby zu Hause treffen
    .body = Kommt das Baby zu einem Geschwisterkind nach Hause, das wochenlang gewartet hat? Lass das ältere Kind heute eine kleine Sache machen, etwa einen Body reichen oder ein Lied singen, und sag laut, was du siehst: „Aufregend, oder?“ oder „Du hast mich auch vermisst.“ Eifersüchtig oder still sein gehört dazu. Plane auch eine Viertelstunde nur für das ältere Kind ein.

first-bath-at-home-after-ward =
    .title = Das erste Bad zu Hause
    .body = Badest du dein Baby zum ersten Mal zu Hause, ohne Pflegekraft daneben? Mach es so, wie du es auf der Station gelernt hast: ein warmer Raum, alles in Reichweite, dein Baby vielleicht in ein Tuch gewickelt, wie das Team es gezeigt hat. Lass dein Baby langsam ins Wasser gleiten und erzähl leise, was du tust. Halte es kurz. Klappt es nicht, reicht auch ein Waschlappen.

feeding-at-home-you-know-your-baby =
    .title = Füttern zu Hause: Du kennst dein Baby schon
    .body = Fütterst du zu Hause zum ersten Mal ohne Zuschauer und zweifelst, ob du es richtig machst? Auf der Station hast du viel gelernt: wie dein Baby Hunger zeigt, wann es satt ist, welche Haltung passt. Sag heute bei einer Mahlzeit laut, was du siehst: „Du suchst, du hast Hunger.“ So hörst du, was du schon weißt. Unsicher wegen Trinken oder Wachstum? Frag im Consultatiebureau (Kinderberatungsstelle).
