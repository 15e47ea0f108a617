high-chair-at-the-family-table =
    .title = Ein Platz am Familientisch
    .body = Schieb den Hochstuhl heute zum normalen Essen an den Tisch, wo dein Baby alle Gesichter sieht, statt es vorher allein zu füttern. Isst du allein mit deinem Baby? Dann esst gleichzeitig, einander gegenüber. Sprich auch mit ihm: „Schau, wir essen zusammen.“ So gehört dein Baby dazu: zu Gesichtern, Geräuschen, Gesprächen. Klappt nicht jeden Tag? Eine gemeinsame Mahlzeit pro Woche zählt auch.

finger-food-side-by-side =
    .title = Selbst greifen, du sitzt daneben
    .body = Setz dein Baby heute aufrecht in den Hochstuhl und leg ein paar weiche Stückchen aufs Tablett, etwa weich gedämpfte Möhre oder Banane. Lass es selbst greifen, quetschen und probieren. Setz dich ruhig daneben, ohne Handy, und bleib dabei, solange es Essen gibt. Dein Baby entdeckt in seinem Tempo, mit deinem vertrauten Gesicht zum Anschauen. Kleckern gehört dazu; ein Handtuch unter dem Stuhl hilft.

head-turned-away-at-the-spoon =
    .title = Kopf weg vom Löffel? Dann reicht es
    .body = Dreht dein Baby heute den Kopf vom Löffel weg, schiebt deine Hand zur Seite oder presst die Lippen zusammen? Sag: „Du hast genug, oder?“ und hör auf, auch wenn noch etwas im Schälchen ist. So lernt dein Baby, dass seine Signale gehört werden, auch am Tisch. Biete es später oder morgen einfach wieder an. Unsicher, ob es genug bekommt? Frag beim Consultatiebureau (Kinderberatungsstelle).

shuffling-their-own-way =
    .title = Auf dem Po geht es auch voran
    .body = Rutscht dein Baby auf dem Po, robbt auf dem Bauch oder rollt lieber durchs Zimmer? Setz dich heute auf den Boden und mach es auf seine Art mit: „Los geht’s, auf dem Po!“ Jedes Baby findet seinen eigenen Weg, irgendwohin zu kommen, und wer genau diesen Weg bejubelt, sagt: Du bist gut so, wie du bist. Machst du dir trotzdem Sorgen? Sprich es beim Consultatiebureau (Kinderberatungsstelle) an.

playpen-in-sight-while-cooking =
    .title = Das Laufgitter in Sichtweite beim Kochen
    .body = Du musst kochen, während dein Baby überall hinkrabbelt? Stell das Laufgitter heute weit weg vom Herd, aber so, dass ihr euch seht, und erzähl beim Kochen: „Ich brate die Zwiebeln. Hörst du die Pfanne brutzeln?“ Dreh dich ab und zu um, zwinkere oder winke. Dein Baby ist sicher und bleibt über deine Stimme und dein Gesicht mit dir verbunden. Protest? Mit Kochlöffel und Dose kocht ihr zusammen.

crawl-round-at-baby-height =
    .title = Krabbel selbst einmal durchs Zimmer
    .body = Krabbel heute auf Händen und Knien durch das Zimmer, in dem dein Baby spielt. Was siehst du auf dieser Höhe? Steckdosen, Kabel, eine Pflanze, Kleinkram unter dem Sofa. Mach eine Ecke ganz sicher, damit du dort meistens „ja“ sagen kannst statt „nein“. Ein Baby, das frei entdecken darf, während du entspannt in der Nähe sitzt, traut sich mehr. Der Rest der Wohnung folgt Schritt für Schritt.

sling-on-a-busy-day =
    .title = Ein voller Tag? Halt dein Baby nah bei dir
    .body = Steht heute viel an, etwa Einkaufen oder ein Besuch? Trag dein Baby einen Teil der Zeit in einer Trage oder einem Tragetuch, statt es den ganzen Tag im Kinderwagen zu schieben. An deinem Körper spürt es deinen Atem und hört deine Stimme, und so lassen sich all die neuen Eindrücke besser verkraften. Halte das Gesicht frei und sichtbar. Schwer für den Rücken? Eine Viertelstunde zählt auch.

clinic-check-on-your-lap =
    .title = Auf deinem Schoß beim Consultatiebureau
    .body = Termin beim Consultatiebureau (Kinderberatungsstelle) oder in der Hausarztpraxis? Frag, ob dein Baby möglichst auf deinem Schoß bleiben darf. Auf der Waage oder der Liege: Bleib in seinem Blickfeld, lass eine Hand auf ihm und sag, was passiert: „Nur kurz wiegen, ich bin da.“ Viele Babys fürchten jetzt fremde Hände; deine Stimme und Hand sagen: Es ist sicher. Weint es trotzdem? Das ist normal.

playground-swing-push-from-the-front =
    .title = Schaukeln: von vorn anschubsen
    .body = Geht ihr heute auf den Spielplatz? Setz dein Baby in eine Babyschaukel mit umschließendem Sitz und schubs von vorn statt von hinten, damit ihr euch bei jedem Schwung anseht. Fang ganz niedrig an: „Und weg… und zurück!“ So siehst du sofort, ob es Spaß oder Angst hat, und dein Baby sieht deine Freude. Angespannter Blick? Halt die Schaukel an und leg die Hände um seine Füße. Lacht es? Noch mal.

gone-and-back-in-daily-life =
    .title = Weg… und wieder da
    .body = Sag heute laut, was verschwindet und wiederkommt: „Das Badewasser ist weg… morgen gibt es neues.“ „Da fährt die Straßenbahn. Schau, da kommt die nächste!“ „Oma fährt nach Hause, am Samstag kommt sie wieder.“ In diesem Alter verstehen Babys immer besser, dass etwas noch da ist, auch wenn man es nicht sieht. Deine Worte machen Weggehen zu etwas Normalem, das zum Wiederkommen gehört.

bath-pouring-turns =
    .title = Gießen in der Wanne, abwechselnd
    .body = Nimm heute einen kleinen Becher mit in die Badewanne. Gieß etwas Wasser über die Hand deines Babys: „Platsch!“ Gib ihm dann den Becher und warte. Vielleicht gießt es über deine Hand oder über den eigenen Bauch. Reagier überrascht und gib ihm wieder eine Runde. So ein Hin und Her ist ein Gespräch ohne Worte. Lass eine Hand an deinem Baby und lass es nie allein in der Wanne, nicht mal fürs Handtuch.

babble-answered-as-a-word =
    .title = Klingt wie ein Wort? Antworte darauf
    .body = Sagt dein Baby heute etwas wie „ba“, „da“ oder „mam-mam“, während es etwas anschaut? Antworte, als wäre es ein echtes Wort: „Ba? Ball! Ja, da liegt der Ball.“ So erlebt dein Baby, dass Laute etwas bewirken: Jemand hört zu, versteht und gibt etwas zurück. Falsch geraten? Kein Problem, der Versuch zählt. Wiederhol morgen einen Laut ein paarmal und schau, ob dein Baby ihn zurückgibt.

teething-evening-close =
    .title = Zähnchen unterwegs? Bleib ganz nah
    .body = Ist dein Baby heute quengelig, sabbert viel und beißt auf alles? Vielleicht kommt ein Zahn. Gib ihm einen Beißring aus dem Kühlschrank (nicht aus dem Gefrierfach) und halt es nah bei dir. Sag, was du siehst: „Dein Mund tut weh, oder?“ Deine Ruhe hilft ihm, das auszuhalten. Fieber oder Fragen zu Schmerzmitteln? Frag in der Hausarztpraxis oder beim Consultatiebureau (Kinderberatungsstelle).

sibling-hiding-game-coach =
    .title = Kuckuck mit großem Bruder oder großer Schwester
    .body = Will ein älteres Kind heute mit dem Baby spielen? Zeig ihm ein Versteckspiel hinter dem Vorhang: kurz verschwinden, „Wo bin ich?“ rufen und fröhlich wieder auftauchen. Erklär: „Nicht zu lange weg, und wenn das Baby wegschaut, ist es erst mal genug.“ So lernt dein Baby auch von Geschwistern, dass wer geht, wiederkommt, und das große Kind bekommt eine eigene Rolle. Bleib in der Nähe.

lift-the-flap-book =
    .title = Ein Klappenbuch: Wer steckt dahinter?
    .body = Hol heute ein stabiles Klappenbuch hervor und hebt die Klappen gemeinsam an: „Wo ist die Katze? Da!“ Lass dein Baby selbst an der Klappe ziehen, auch wenn sie etwas knittert. Das ist Kuckuck auf Papier: Etwas ist kurz weg und doch noch da. Eine kleine Pause, bevor die Klappe aufgeht, macht es spannend. Kein Klappenbuch zu Hause? Die Bücherei hat meist stabile Babybücher.

looking-for-the-dropped-toy =
    .title = Dein Baby sucht, was heruntergefallen ist
    .body = Rutscht deinem Baby heute etwas aus den Händen, und schaut es über den Rand des Hochstuhls oder dahin, wo es hinrollte? Sag, was du siehst: „Du suchst deinen Bauklotz! Du weißt, dass er noch da ist.“ Warte kurz mit dem Aufheben und sucht gemeinsam. Dein Baby merkt, dass du verstehst, was in seinem Kopf vorgeht. Dieses Suchen ist ein großer Schritt: Es merkt sich, was es nicht mehr sieht.

grandparent-looks-at-the-toy-first =
    .title = Tipp für Oma und Opa: erst das Spielzeug anschauen
    .body = Weint dein Baby heute bei Oma, Opa oder einer Tante, die länger nicht da war? Erklär, dass das in diesem Alter ganz normal ist, und gib einen Tipp: sich auf den Boden setzen, ein Spielzeug anschauen statt direkt ins Gesicht des Babys und es langsam näher schieben. Ein Blick, der nicht zu nah kommt, ist weniger beängstigend. Von deinem Schoß aus bestimmt dein Baby das Tempo.

tv-off-in-the-late-afternoon =
    .title = Eine Stunde ohne Fernseher im Hintergrund
    .body = Läuft der Fernseher oder ein Tablet oft, auch wenn niemand hinschaut? Schalt ihn heute für eine Stunde aus, zum Beispiel am trubeligen späten Nachmittag. Hintergrundgeräusche ziehen ständig an der Aufmerksamkeit deines Babys, und ihr hört euch schlechter. Ohne sie plappern viele Babys mehr und spielen länger. Die Großen wollen etwas schauen? Dann in einem anderen Raum oder mit Kopfhörern.

crawl-to-your-arms =
    .title = Komm her, in meine Arme
    .body = Setz dich heute ein paar Meter von deinem Baby entfernt auf den Boden, breite die Arme aus und ruf leise seinen Namen. Krabbelt, rutscht oder rollt es zu dir? Fang es mit einer Umarmung auf: „Du bist bei mir!“ So erlebt dein Baby, dass es immer willkommen ist, wenn es zu dir kommt. Spielt es lieber weiter? Auch gut; schau einfach zu und versuch es später noch einmal.

bath-together-in-the-big-tub =
    .title = Zusammen in der großen Wanne
    .body = Steig heute mit deinem Baby in die Badewanne, Haut an Haut, in lauwarmes, nicht zu tiefes Wasser. Halt es an deiner Brust oder auf deinem Schoß und lass das Wasser sanft schwappen. So bekommt es viel warme Berührung auf einmal. Eine Wanne ist rutschig: Steig zuerst ein und lass dir dein Baby reichen; gib es ab, bevor du aussteigst. Allein zu Hause? Leg es so lange auf ein Handtuch neben der Wanne.

wave-at-the-window =
    .title = Winken am Fenster
    .body = Geht heute jemand aus der Familie aus dem Haus, zur Arbeit, zur Schule oder zum Einkaufen? Mach einen festen Moment daraus: mit deinem Baby ans Fenster, winken, „Tschüss! Bis heute Nachmittag!“ Wer geht, winkt zurück bis zur Ecke. So wird Weggehen etwas, das dein Baby sieht, statt dass jemand plötzlich verschwunden ist. In ein paar Wochen winkt dein Baby vielleicht selbst mit.

first-teeth-brushing-on-your-lap =
    .title = Zähnchen putzen auf dem Schoß, mit Lied
    .body = Erste Zähnchen da, und du putzt sie schon? Mach ein kurzes, festes Ritual daraus: dein Baby auf dem Schoß, das Köpfchen an dich gelehnt, jedes Mal dasselbe Putzlied. Lass es vorher zuschauen, wie du dir grinsend selbst die Zähne putzt. So wird Putzen ein vorhersehbarer Moment zu zweit statt eines Kampfes. Viel Protest? Ein paar Sekunden reichen für jetzt; morgen kommt ihr ein Stückchen weiter.

distracted-feeds-quiet-corner =
    .title = Trinken mit den Augen überall
    .body = Hört dein Baby heute beim Trinken ständig auf, um nach jedem Geräusch, jeder Tür, jeder Stimme zu schauen? Das gehört zu diesem neugierigen Alter. Such dir für eine Mahlzeit eine ruhige Ecke, mit gedämpftem Licht, ohne Fernseher und Gespräche. Weniger Reize helfen deinem Baby, wieder zur Brust oder Flasche zu finden, und zu dir. Tagsüber bleibt es unruhig? Vor dem Schlafen klappt es oft besser.

book-of-familiar-faces =
    .title = Ein Büchlein mit vertrauten Gesichtern
    .body = Kleb heute Fotos der Menschen, die oft für dein Baby sorgen, in ein kleines Album oder Heft: du, Oma oder Opa, der Babysitter, die feste Bezugsperson in der Kita. Blättert es gemeinsam durch und sag die Namen: „Schau, da ist Oma!“ So bleiben vertraute Gesichter nah, auch wenn jemand mal nicht da ist. Lass dein Baby ruhig selbst blättern; ein paar Knicke gehören dazu.

work-trip-photo-and-voice =
    .title = Dienstreise: Deine Stimme bleibt zu Hause
    .body = Musst du für ein paar Tage beruflich weg? Nimm vorher eine kurze Sprachnachricht auf, mit dem Schlaflied und „Schlaf gut, ich bin bald wieder da.“ Wer zu Hause ist, spielt sie jeden Abend zur selben Zeit vor, neben einem Foto von dir auf Babyhöhe. So bleibt etwas Vertrautes von dir im Tag deines Babys. Verabschiede dich ansonsten wie immer: nicht länger als sonst und nicht heimlich.

back-from-a-work-trip =
    .title = Zurück von der Reise? Gib euch einen Tag
    .body = Bist du nach ein paar Tagen zurück, und dein Baby mustert dich wie einen Fremden oder klammert sich an den, der zu Hause war? Das ist normal und vergeht meist schnell. Übernimm nicht sofort alles: Mach erst beim Baden oder Essen mit und lass dein Baby zu dir kommen. Die Nähe kehrt in kleinen Momenten zurück. Tut es dir weh? Sag es jemandem, dem du vertraust.

cup-of-their-own =
    .title = Prost! Ein eigener Becher
    .body = Stell deinem Baby heute beim Essen einen kleinen offenen Becher mit einem Schluck Wasser hin und nimm dir selbst ein Glas. Trink einen Schluck, sag „Mmm, prost!“ und lass dein Baby dich nachmachen, deine Hand locker unter seinem Becher. Babys lernen viel durchs Nachmachen, und etwas zusammen zu tun fühlt sich an wie Dazugehören. Kleckern ist Üben: Lätzchen und Tuch reichen.

holiday-new-room-tour =
    .title = Im Urlaub: erst gemeinsam das Zimmer erkunden
    .body = Schlaft ihr heute Nacht woanders, im Urlaub oder bei Verwandten? Geh zuerst mit deinem Baby auf dem Arm durchs Zimmer und zeig ihm alles: „Hier ist das Fenster, und schau, da ist dein Bett.“ Halte danach das Einschlafritual genau wie zu Hause: derselbe Schlafsack, dasselbe Lied. Ein neuer Ort fühlt sich sicherer an, wenn du ihn vorgestellt hast. Häufigeres Aufwachen in der ersten Nacht ist normal.

they-crawl-after-you =
    .title = Dein Baby krabbelt dir hinterher
    .body = Gehst du heute in die Küche, und dein Baby krabbelt oder rutscht dir hinterher? Begrüß es wie einen Besuch: „Hey, du hast mich gesucht! Hier bin ich.“ Geh kurz in die Hocke und mach dann weiter mit dem, was du getan hast, dein Baby an einem sicheren Platz neben dir. Es prüft, ob du noch da bist, und merkt, dass sich Suchen lohnt. So ein kleiner Schatten ist anstrengend und zugleich ein Kompliment.

bedtime-protest-stay-a-while =
    .title = Weinen, sobald du das Schlafzimmer verlässt
    .body = Protestiert dein Baby in diesen Wochen, sobald du nach dem Einschlafritual aus dem Zimmer willst? In diesem Alter merken Babys viel deutlicher, dass du gehst. Bleib heute Abend etwas länger am Bett, eine Hand auf seinem Bauch oder mit einem leisen Lied, bis es ruhiger wird. Sag an der Tür immer denselben Satz: „Schlaf gut, ich bin ganz nah.“ Mehr Nähe jetzt macht dein Baby nicht unselbstständiger.

nappy-change-wriggler =
    .title = Wickeln mit einem Krabbelkind
    .body = Rollt sich dein Baby heute beim Wickeln ständig weg, unterwegs zu etwas Spannendem? Das ist kein Trotz: Dein Baby will sich bewegen. Gib ihm eine Aufgabe: „Hältst du die frische Windel?“, oder ein Spielzeug, das es nur beim Wickeln gibt. Sag kurz, was du bei jedem Schritt tust, und lass immer eine Hand an deinem Baby. Klappt es auf dem Wickeltisch nicht? Eine Matte auf dem Boden geht auch.

ill-baby-more-clingy =
    .title = Krank und extra anhänglich
    .body = Ist dein Baby erkältet und will nur noch auf deinen Schoß? Gib dem ruhig nach: Verschieb Erledigungen, nimm es mit aufs Sofa oder in die Trage. Schläft es ein, leg es auf dem Rücken ins eigene Bett. Ein kranker Körper braucht deinen Trost. Trinkt es schlecht, ist es schläfrig oder bist du besorgt? Ruf die Hausarztpraxis an, abends und am Wochenende die Huisartsenpost (hausärztlicher Notdienst).

moving-house-same-cot =
    .title = Umzug: Das Bettchen bleibt dasselbe
    .body = Zieht ihr um? Pack Bett, Schlafsack und ein paar Spielsachen deines Babys als Letztes ein und stell sie in der neuen Wohnung als Erstes auf. Halt in den ersten Tagen den Tagesablauf und das Einschlafritual so normal wie möglich, auch zwischen den Kartons. Inmitten all des Neuen sind du und diese vertrauten Dinge der Halt deines Babys. Ein paar unruhige Nächte nach einem Umzug sind normal.

own-language-songs =
    .title = Sing in deiner eigenen Sprache
    .body = Wird bei euch mehr als eine Sprache gesprochen, oder bist du selbst mit einer anderen aufgewachsen? Sing heute ein Lied aus deiner Kindheit, in dieser Sprache, mit den Bewegungen, die dazugehören. In der Sprache deiner Kindheit klingst du oft am wärmsten und natürlichsten, und das hört dein Baby. Mehrere Sprachen zu hören ist für Babys gut. Frag Großeltern oder Freunde nach ihren alten Liedern.

so-big-arms-up =
    .title = „Wie groß ist das Baby?“
    .body = Spiel heute „Wie groß ist das Baby? Sooo groß!“ und streck dabei die Arme hoch in die Luft. Mach es ein paarmal mit einem breiten Lächeln und hilf dann den Ärmchen deines Babys sanft nach oben. Nachmachen wird in diesem Alter eine neue Art, in Kontakt zu sein: Ich mache, was du machst. Macht dein Baby noch nichts nach? Es genießt bestimmt schon dein Gesicht; das Nachahmen kommt oft etwas später.

floor-mirror-appear =
    .title = Wer taucht im Spiegel auf?
    .body = Befestige heute einen bruchsicheren Spiegel tief an der Wand, sodass dein Baby hinkrabbeln oder hinrutschen kann. Schaut es hinein? Dann tauch hinter ihm im Spiegel auf: „Hey, wer ist das? Ich!“ Verschwinde kurz aus dem Bild und komm wieder. Dein Baby sieht dich im Spiegel, spürt dich zugleich wirklich nah und darf selbst herausfinden, wie das zusammenpasst. Dreht es sich zu dir um? Toll entdeckt!

sibling-tower-and-crawler =
    .title = Wenn das Baby den Turm des großen Kindes umwirft
    .body = Krabbelt dein Baby heute direkt auf das Bauwerk eines älteren Kindes zu? Nimm zuerst das große Kind ernst: „So ein Mist, du hast dir so viel Mühe gegeben.“ Gib ihm einen eigenen Platz, an den das Baby nicht kommt, etwa den Tisch oder hinter dem Gitter, und dem Baby etwas zum Umwerfen. Wenn sich beide Kinder gesehen fühlen, klappt das Spielen im selben Raum leichter. Zusammenstöße gehören dazu.

fasting-parent-floor-play =
    .title = Fasten mit Baby: Spiel im Liegen
    .body = Fastest du, etwa im Ramadan, und ist deine Energie am späten Nachmittag weg? Wähl Spiele, bei denen du liegen kannst: auf einer Decke am Boden, dein Baby klettert über dich. Nähe kostet keine Kraft. Bitte jemand anderen, Baden oder Kochen zu übernehmen, und sei nachsichtig mit dir. Du stillst? Sprich das Fasten mit dem Consultatiebureau (Kinderberatungsstelle) oder der Hausarztpraxis ab.

night-shift-breakfast-first =
    .title = Nach der Nachtschicht: erst zusammen frühstücken
    .body = Arbeitest du nachts und kommst heim, wenn dein Baby gerade aufwacht? Nimm dir vor dem Schlafengehen zehn Minuten: gemeinsam frühstücken am Tisch, jedes Mal mit demselben Gruß: „Guten Morgen, ich bin zu Hause.“ Dann übernimmt jemand anders, und du gehst ins Bett. So bleibst du ein vertrautes Gesicht, auch wenn du den Vormittag verschläfst. Klappt es heute nicht? Dann nachmittags nach dem Aufstehen.

hospital-stay-fixed-point =
    .title = Im Krankenhaus: Du bist der feste Punkt
    .body = Muss dein Baby im Krankenhaus bleiben? Frag, ob du dort schlafen und bei Untersuchungen dabei sein darfst, und bring seinen eigenen Schlafsack und ein vertrautes Lied mit. Sag vorher, was passiert: „Jetzt kommt die Pflegerin, ich halte dich.“ Zwischen fremden Gesichtern und Geräuschen ist deine Nähe das Sicherste, was dein Baby hat. Wechsle dich ab, wenn es geht; auch du musst essen und schlafen.

car-seat-protest-name-it =
    .title = Wütend im Autositz
    .body = Macht sich dein Baby heute steif und weint, wenn du es im Autositz anschnallst? Ein Baby, das gerade lernt, sich zu bewegen, findet Festgeschnalltsein oft furchtbar. Sag, was du siehst: „Du willst nicht angeschnallt sein, du willst krabbeln. Versteh ich.“ Schnall es trotzdem ruhig an, denn Sicherheit geht vor. Ein festes Autolied oder ein Spielzeug nur fürs Auto hilft oft bei der nächsten Fahrt.

bite-or-hair-pull-calm-ouch =
    .title = Beißen oder an den Haaren ziehen
    .body = Beißt dein Baby dich heute in die Schulter oder zieht kräftig an deinen Haaren oder deiner Brille? Es will dir nicht wehtun; es ist Neugier, oder Zähne sind unterwegs. Sag ruhig und deutlich „Aua, das tut weh“, lass es dein Gesicht zeigen und löse die kleinen Hände. Setz dein Baby kurz neben dich und such dann wieder Kontakt. Schreien erschreckt ein Baby; ein ruhiges „Aua“ reicht.

redirect-not-scold =
    .title = Nicht ans Kabel? Biete etwas anderes an
    .body = Steuert dein Baby heute immer wieder aufs Kabel, die Pflanze oder das Katzenklo zu? Heb es ruhig weg, sag kurz „Das ist nicht für dich“ und biete sofort etwas anderes an: „Aber dieser Löffel schon!“ Sag es jedes Mal im selben ruhigen Ton. Dein Baby versteht die Regel noch nicht, lernt aber, dass deine Reaktion vorhersehbar und freundlich ist. Zehnmal am Tag? So ist das in diesem Alter.

stuck-standing-call =
    .title = Stehen klappt, Hinsetzen noch nicht
    .body = Zieht sich dein Baby am Sofa oder an den Gitterstäben hoch und ruft, weil es nicht mehr herunterkommt? Geh hin und hilf ruhig: gemeinsam in die Knie, „Und hinsetzen… plumps!“ Komm jedes Mal, wenn es ruft, auch mitten in der Nacht. So lernt dein Baby: Wenn ich feststecke, kommt jemand. Stell den Lattenrost jetzt auf die unterste Stufe. Sobald das Hinsetzen klappt, lässt das Rufen nach.

bubbles-wait-for-more =
    .title = Seifenblasen: warte auf „noch mal!“
    .body = Puste heute ein paar Seifenblasen für dein Baby; das Döschen behältst du. Puste sie über sein Köpfchen hinweg, nicht ins Gesicht, und schaut zusammen, wie sie platzen. Dann hör auf und warte: Bittet dein Baby um mehr, mit einem Laut, rudernden Armen oder einem Blick zum Döschen? „Noch mal? Da kommen sie!“ So merkt es, dass sein eigenes Signal etwas bewirkt. Schaut es weg? Dann reicht es für jetzt.
