cuddly-toy-may-join-the-bed =
    .title = Jetzt darf das Kuscheltier mit ins Bett
    .body = Ist dein Kind ein Jahr oder älter? Dann darf ein kleines, weiches Kuscheltier mit ins Bett, ohne lose Augen oder lange Bänder; Kissen oder Bettdecke braucht es noch nicht. Lass dein Kind eins aussuchen und gib ihm einen Platz im Einschlafritual: „Der Bär schläft auch.“ So hat dein Kind nachts etwas Vertrautes im Arm, wenn du nicht da bist. Kein Interesse? Auch gut: Nicht jedes Kind will eins.

a-taste-from-your-plate =
    .title = Ein Happen von deinem Teller
    .body = Isst dein Kleinkind immer öfter vom Familienessen mit? Gib ihm heute einen Happen von deinem Teller und probier zuerst selbst, gut sichtbar: „Mmm, Reis mit Spinat.“ Kinder lesen an deinem Gesicht ab, ob man einem Essen trauen kann, und zu essen, was du isst, heißt dazuzugehören. Füll seine Portion ab, bevor viel Salz oder Schärfe dazukommt. Runde Stücke wie Trauben schneidest du längs in Viertel.

drink-cup-within-reach =
    .title = Durst? Ein Becher in Reichweite
    .body = Zeigt dein Kind auf den Wasserhahn oder ruft „trinken!“? Stell heute einen eigenen Becher Wasser mit Deckel an einen festen, niedrigen Platz, etwa auf einen Hocker im Wohnzimmer, und lass dein Kind ihn selbst holen. So spürt es, was es braucht, und kann selbst etwas tun, mit dir in der Nähe, falls es nicht klappt. Dieses kleine „Ich kann das“ tut gut. Lieber zusammen trinken? Auch gut.

jab-in-the-second-year =
    .title = Eine Impfung im zweiten Jahr: sag es ehrlich
    .body = Steht bald eine Impfung im Consultatiebureau (Kinderberatungsstelle) an? Dein Kind versteht jetzt mehr, als du denkst. Sag es am Tag selbst, kurz und ehrlich: „Du bekommst einen kleinen Piks. Das tut kurz weh, und ich halte dich.“ Versprich nicht, dass es nicht wehtut. Nimm das Kuscheltier mit und tröste danach, so lange es braucht. So lernt dein Kind: Deine Worte stimmen.

hair-wash-look-at-the-ceiling =
    .title = Haare waschen: Dein Kind sagt „jetzt!“
    .body = Weint dein Kind beim Haarewaschen? Gib ihm die Regie über den Moment: „Sag du, wann das Wasser kommen darf.“ Warte wirklich auf das „Jetzt!“ oder ein Nicken und spül dann kurz. Ein lustiges Bild an der Decke lässt den Kopf von selbst nach hinten kippen, so läuft weniger Wasser in die Augen. Wer selbst bestimmt, wann es losgeht, hält es besser aus. In der Wanne: immer eine Hand am Kind.

bedtime-bottle-before-brushing =
    .title = Die Abendflasche vor dem Zähneputzen
    .body = Schläft dein Kind mit einer Flasche Milch im Bett ein? Verleg die Flasche ab heute aufs Sofa: zusammen trinken auf deinem Schoß, dann Zähne putzen, dann ins Bett. Nach dem Putzen nur noch Wasser; das ist besser für die Zähne. Das Kuscheln bei der Flasche bleibt, nur der Ort ändert sich. Protest an den ersten Abenden? Dann bleib im Bett noch etwas länger bei deinem Kind.

back-teeth-coming-through =
    .title = Backenzähne kommen: Kauen tut weh
    .body = Will dein Kind plötzlich nicht mehr auf Brotrinde kauen, und wandern die Hände ständig in den Mund? Vielleicht kommen Backenzähne. Gib ein paar Tage Weicheres wie Brei, Joghurt oder Banane und einen kalten (nicht gefrorenen) Waschlappen zum Draufbeißen. Sag, was du siehst: „Dein Mund tut weh, oder?“ Weniger essen ist dann okay. Fragen zu Schmerzmitteln? Frag die Hausarztpraxis (huisarts).

food-on-the-floor-means-done =
    .title = Essen auf dem Boden? Vielleicht ist es satt
    .body = Wirft dein Kleinkind mitten in der Mahlzeit das Essen vom Teller oder schmiert es nur noch herum? Oft heißt das: Ich bin satt. Frag nach: „Bist du fertig? Dann kommt der Teller weg.“ Nimm den Teller ruhig weg, ohne ärgerliche Stimme, und lass dein Kind aus dem Stuhl. So merkt es, dass sein Signal ankommt. Später lernt es, „fertig“ zu sagen oder zu zeigen, und das Werfen lässt nach.

stomach-bug-night =
    .title = Nachts erbrochen: erst trösten
    .body = Wacht dein Kind nachts auf und hat sich übergeben? Das ist für ein kleines Kind unheimlich. Nimm es zuerst hoch und sag ruhig: „Du hast gespuckt. Das ist blöd. Ich bin da.“ Das Bett kann warten. Biete danach oft kleine Schlucke an. Trinkt es schlecht, pinkelt es viel weniger oder ist es sehr schläfrig? Ruf die Hausarztpraxis (huisarts) an, nachts den hausärztlichen Notdienst (huisartsenpost).

undressing-is-the-new-skill =
    .title = Socken aus, überall? Eine neue Kunst
    .body = Zieht dein Kleinkind ständig Socken, Schuhe oder Mütze aus, auch im Auto oder draußen? Das ist eine neue Kunst, und dein Kind ist stolz darauf. Gib dem heute einen eigenen Platz: Vor dem Baden darf es alles selbst ausziehen, mit deinem Applaus. Draußen sagst du freundlich: „Die Schuhe bleiben an. Zu Hause darfst du sie ausziehen.“ Ausziehen klappt meist lange vor dem Anziehen; das ist normal.

short-bedtime-on-a-tired-night =
    .title = Erschöpft? Das kurze Einschlafritual reicht
    .body = Bist du heute Abend völlig erledigt und graust dir vor dem ganzen Ritual? Mach dieselben Schritte in derselben Reihenfolge, nur kürzer: eine Seite statt des ganzen Buchs, eine Strophe vom Lied, ein kurzes „Schlaf gut, bis morgen.“ Dein Kind erkennt die Reihenfolge, und darin liegt die Ruhe, nicht in der Länge. Ein kurzer Abend ist kein misslungener Abend; morgen darf es wieder länger sein.

coughing-night-upright =
    .title = Eine Hustennacht: aufrecht in deinen Armen
    .body = Hustet dein Kind nachts und wacht immer wieder davon auf? Nimm es hoch, halt es aufrecht an dich gelehnt und sprich leise: „Du musst husten, ich weiß. Ich halte dich.“ Ruhiges Atmen an deinem Körper hilft deinem Kind, sich zu beruhigen. Dann zurück ins Bett. Bellender Husten, Pfeifen oder mühsames Atmen? Ruf die Hausarztpraxis (huisarts) an, nachts den hausärztlichen Notdienst (huisartsenpost).

painting-lotion-after-the-bath =
    .title = Nach dem Baden: Eincremen wie Malen
    .body = Liegt dein Kleinkind nach dem Baden nicht mehr still für eine Massage? Mach Malen daraus. Nimm, wenn du magst, etwas unparfümierte Creme oder Öl auf den Finger, nie Nuss- oder Olivenöl, und „malt“ zusammen auf Arme und Bauch: „Ein Strich aufs Knie!“ Dann darf dein Kind deine Hand eincremen. Berührung muss nicht still und feierlich sein. Läuft dein Kind weg? Dann ist das Bild fertig.

second-wind-at-bedtime =
    .title = Kurz vor dem Schlafen plötzlich ganz wild
    .body = Rennt dein Kind abends plötzlich wild durchs Zimmer, lacht überdreht oder stolpert öfter? Das sieht nach Energie aus, ist aber oft Übermüdung. Fang morgen eine Viertelstunde früher mit dem Einschlafritual an, dimm rechtzeitig das Licht und wähl ruhiges Spiel. Ein Kleinkind spürt noch nicht gut, wann es müde ist; du liest es am ersten Gähnen oder am Augenreiben ab.

clamped-mouth-teddy-brushes-first =
    .title = Mund zu? Der Bär ist zuerst dran
    .body = Presst dein Kind die Lippen fest zusammen, sobald die Zahnbürste kommt? Putz zuerst einem Kuscheltier die Zähne, mit viel Geräusch: „Schrubb, schrubb, oben, unten.“ Dann darf dein Kind den Bären putzen, und danach ist es selbst dran. Zähl laut bis zehn pro Seite, damit dein Kind weiß, wann es vorbei ist. Ein Ende, das man kommen sieht, macht Stillhalten leichter. Nur halb geklappt? Morgen wieder.

still-breastfeeding-your-own-pace =
    .title = Noch stillen nach dem ersten Geburtstag?
    .body = Stillst du noch und hörst Fragen wie „Immer noch?“ Wie lange du weitermachst, entscheidet ihr beide; es gibt kein Alter, in dem es aufhören muss. Ein freundliches „So passt es für uns“ genügt. Möchtest du selbst weniger stillen? Auch das ist in Ordnung, in deinem Tempo. Fragen zum Essen oder Hilfe beim Abstillen? Das Consultatiebureau (Kinderberatungsstelle) denkt gern mit.

not-everything-is-teething =
    .title = Nicht alles liegt an den Zähnen
    .body = Ist dein Kind seit Tagen quengelig, und alle sagen: Das sind die Backenzähne? Schau heute genauer hin. Fieber, Ziehen am Ohr, schlechtes Trinken oder ganz anders als sonst? Dann ruf die Hausarztpraxis (huisarts) an, abends und am Wochenende den Notdienst (huisartsenpost). Zahnen macht oft unruhig, aber nicht richtig krank. Du kennst dein Kind am besten; auch ein Bauchgefühl zählt.

no-more-one-more-bite =
    .title = Schluss mit „noch ein Löffel“
    .body = Endet das Essen oft im Verhandeln: noch ein Löffel, dann gibt’s Nachtisch? Probier heute eine andere Aufteilung: Du bestimmst, was wann auf den Tisch kommt, dein Kind, wie viel es davon isst. Gib kleine Portionen; Nachschlag geht immer. So muss dein Kind nicht kämpfen, um auf seinen Bauch zu hören. Sorgen um Wachstum oder Gewicht? Sprich sie im Consultatiebureau (Kinderberatungsstelle) an.

chickenpox-itch-stay-close =
    .title = Windpocken: Es juckt, und du bist nah
    .body = Hat dein Kind Windpocken und kratzt ständig? Schneid die Nägel kurz, wähl luftige Baumwollsachen und tupf juckende Stellen mit einem kühlen, nassen Lappen ab. Ein Buch auf dem Schoß beschäftigt die Hände. Jucken macht gereizt; deine ruhige Nähe hilft. Sehr krank oder schläfrig, eine Stelle rot, warm und schmerzhaft? Ruf die Hausarztpraxis (huisarts) an, abends den Notdienst (huisartsenpost).

head-shoulders-knees-drying-off =
    .title = Abtrocknen mit „Kopf und Schulter, Knie und Fuß“
    .body = Trockne dein Kind heute nach dem Baden zu „Kopf und Schulter, Knie und Fuß“ ab: Bei jedem Wort tupfst du diese Stelle mit dem Handtuch. Erst langsam, dann schneller, am Ende ganz leise. Lied und Berührung zusammen machen aus einer Pflicht ein Spiel, und dein Kind lernt nebenbei seinen Körper kennen. Zeigt es schon selbst aufs Knie, bevor du dort bist? Dann gibt es den Takt vor.

wide-awake-at-three-am =
    .title = Um drei Uhr nachts hellwach
    .body = Liegt dein Kind mitten in der Nacht eine Stunde fröhlich wach, bereit zum Spielen? Bleib in der Nähe, aber mach es langweilig: wenig Licht, leise Stimme, kein Spielzeug, kein Bildschirm. Setz dich notfalls mit halb geschlossenen Augen ans Bett. Dein Kind ist nicht allein und merkt trotzdem: Die Nacht ist zum Ausruhen. Solche nächtlichen Partys gehen meist von selbst vorbei.

light-evenings-or-clock-change =
    .title = Helle Abende oder Zeitumstellung?
    .body = Wird bald die Uhr umgestellt, oder ist es abends noch hell, wenn dein Kind ins Bett geht? Verschieb das Einschlafritual über ein paar Tage jeweils um zehn Minuten, statt um eine ganze Stunde auf einmal. Häng im Sommer etwas Verdunkelndes vors Fenster, damit sich das Zimmer anfühlt wie immer. Ein paar Tage früh wach oder schwer einschlafen gehört dazu. Das vertraute Ritual wandert einfach mit.

cuddly-toy-lost =
    .title = Das Kuscheltier ist weg
    .body = Ist das Kuscheltier weg, im Bus, bei Oma oder irgendwo im Haus? Nimm die Traurigkeit ernst: „Du vermisst deinen Bären. Das ist echt traurig.“ Sucht zusammen und ruf an, wo ihr wart. Beim Schlafengehen noch weg? Sag es ehrlich: „Wir haben den Bären noch nicht gefunden. Heute Nacht bleib ich länger bei dir.“ Und tu es. Bleibt er weg, lass dein Kind ein neues aussuchen; vertraut werden braucht Zeit.

toddler-in-your-bed-at-night =
    .title = Nachts bei dir im Bett
    .body = Kommt dein Kind nachts zu dir ins Bett, oder holst du es, weil dann alle schneller Ruhe finden? Nah schlafen verwöhnt nicht, aber sei vorsichtig: nie, wenn ein Erwachsener im Bett Alkohol, Drogen oder Schlafmittel genommen hat oder raucht, und nie zusammen auf dem Sofa. Kein Spalt zur Wand, kein Herausfallen, nicht unter Kissen oder Decke. Zu eng? Eine Matratze neben deinem Bett ist auch nah.

medicine-without-tricks =
    .title = Medizin nehmen, ohne Tricks
    .body = Muss dein Kind ein Mittel vom Arzt nehmen, und der Mund geht zu? Sag ehrlich: „Das schmeckt etwas eklig, und es hilft dir, gesund zu werden.“ Gib deinem Kleinkind die Wahl: „Drückst du die Spritze, oder ich?“ Mithelfen macht es weniger zum Überfall. Nenn Medizin nie Süßigkeit und räum sie danach sicher weg. Alles ausgespuckt? Gib nicht selbst noch mal; frag die Hausarztpraxis (huisarts).

set-snack-times =
    .title = Feste Zwischenmahlzeiten, Hunger am Tisch
    .body = Knabbert dein Kind den ganzen Tag und isst beim Abendessen fast nichts? Leg heute feste Zeiten für einen Snack fest, etwa mitten am Vormittag und am Nachmittag, und esst ihn zusammen, sitzend am Tisch. Dazwischen gibt es Wasser. Ein Kleinkind, das weiß, wann es Essen gibt, muss nicht ständig fragen und kommt hungrig an den Tisch. Im Sitzen essen ist außerdem sicherer als mit Essen herumlaufen.

nap-only-in-the-buggy =
    .title = Schläft dein Kind nur im Buggy?
    .body = Schläft dein Kind tagsüber nur im Buggy oder im Auto ein und im Bett nicht? Das ist für jetzt kein Problem. Mach einen festen Spaziergang daraus, zur selben Zeit und auf derselben Runde, und lass dein Kind danach weiterschlafen, wo es liegt, mit dir in der Nähe. Das Bett kann später wieder dran sein. Nutz den Spaziergang auch für dich: frische Luft und kurz einmal nichts müssen.

hot-night-feel-the-neck =
    .title = Eine heiße Nacht: fühl im Nacken
    .body = Wälzt sich dein Kind in einer heißen Nacht und wacht verschwitzt auf? Fühl im Nacken oder am Rücken; kühle Hände sagen wenig. Nimm einen dünnen Schlafsack oder nur einen Body, lass tagsüber die Vorhänge zu und öffne abends ein Fenster. Biete Wasser an und streich mit einem lauwarmen Lappen über Arme und Beine. Dein Kind kann noch nicht sagen, dass ihm zu heiß ist; du liest es an seinem Körper ab.

hiding-to-poo =
    .title = Ein Versteck fürs große Geschäft
    .body = Kriecht dein Kind hinter den Vorhang oder in eine Ecke, um mit rotem Kopf in die Windel zu machen? Ein schönes Zeichen: Dein Kind spürt, was sein Körper tut. Lass es kurz in Ruhe und sag danach einfach: „Du hast Kacka gemacht, oder? Komm, eine frische Windel.“ Kein angeekeltes Gesicht; dein Kind merkt, wie du über seinen Körper sprichst. Das Töpfchen kommt später; das Spüren hat begonnen.

eating-from-a-shared-dish =
    .title = Gemeinsam aus einer Schüssel essen
    .body = Esst ihr in der Familie gern aus einer gemeinsamen Schüssel, mit Brot oder mit den Händen? Lass dein Kind heute einfach mitmachen: ein Stück Brot zum Dippen, eine Ecke der Schüssel, die ihm gehört. So zu essen, wie ihr zu Hause esst, lässt dein Kind spüren, dass es dazugehört, zum Tisch und zur Familie. Stell heiße Schüsseln außer Reichweite und probier vorher, ob es zu heiß oder zu scharf ist.

dinner-falls-apart-eat-earlier =
    .title = Abendessen endet in Tränen? Früher essen
    .body = Weint, wirft oder hängt dein Kind jeden Abend am Tisch? Oft kommt das Essen dann einfach zu spät für einen müden kleinen Körper. Versuch diese Woche, früher zu essen, oder gib deinem Kind gegen fünf einen kleinen warmen Teller und lass es später mit einer Kleinigkeit dazukommen. Ein ausgeruhtes Kleinkind isst ruhiger und hat mehr Lust auf Gemeinsamkeit. Schau, was zu euch passt.

showering-together =
    .title = Zusammen duschen statt baden
    .body = Keine Badewanne zu Hause, oder im Urlaub nur eine Dusche? Duscht zusammen: lauwarmes Wasser, sanfter Strahl, dein Kind auf einer rutschfesten Matte zu deinen Füßen. Lass es den Duschkopf kurz selbst halten und auf deine Beine richten. So wird aufregendes Wasser ein Spiel mit dir. Will es nicht? Fang nur mit Händen und Füßen an, du daneben. Prüf die Wassertemperatur immer erst selbst.

fever-night-mattress-beside-them =
    .title = Eine Fiebernacht: schlaf nah bei deinem Kind
    .body = Hat dein Kind Fieber und wacht nachts immer wieder weinend auf? Leg für ein, zwei Nächte eine Matratze neben sein Bett oder stell das Bettchen zu dir. Dann bist du sofort da, ohne durchs Haus zu laufen, und dein Kind hört dich atmen. Biete oft etwas zu trinken an. Sehr krank oder schläfrig, trinkt es schlecht, sorgst du dich? Ruf die Hausarztpraxis an, nachts den Notdienst (huisartsenpost).

following-you-to-the-toilet =
    .title = Dein Kind kommt mit aufs Klo
    .body = Läuft dein Kind dir hinterher, wenn du aufs Klo gehst? Wenn es für dich passt, lass es zuschauen und erzähl ruhig, was du tust: „Ich mache Pipi auf der Toilette. Jetzt Papier, spülen, Hände waschen.“ So lernt dein Kind Schritt für Schritt, was auf dem Klo passiert, ganz ohne Druck. Zu privat für dich? Dann sag freundlich: „Ich bin kurz auf dem Klo, ich komme gleich.“ Beides ist gut.

from-high-chair-to-a-big-chair =
    .title = Vom Hochstuhl auf einen großen Stuhl
    .body = Will dein Kind nicht mehr in den Hochstuhl, sondern „wie du“ am Tisch sitzen? Schau, ob eine Sitzerhöhung mit Gurt auf einen normalen Stuhl passt, damit dein Kind sicher und in der richtigen Höhe sitzt. Lass es helfen, den Stuhl an den Tisch zu schieben. Ein eigener Platz am großen Tisch macht viele Kleinkinder stolz und oft auch ruhiger. Doch wieder der Hochstuhl? Auch gut.

suddenly-picky-one-safe-food =
    .title = Plötzlich wählerisch? Etwas Vertrautes dazu
    .body = Mag dein Kind plötzlich nichts mehr von dem, was es früher gern gegessen hat? Das kommt im zweiten Jahr oft vor und geht meist vorbei. Leg heute immer etwas auf den Teller, das es fast immer isst, etwa Brot oder Reis, mit ein wenig Neuem daneben. Biete das Neue immer wieder an, ohne Kommentar; es darf liegen bleiben. Sorgen ums Wachstum? Frag im Consultatiebureau (Kinderberatungsstelle).

clinic-visit-wont-perform =
    .title = Macht dein Kind bei der Untersuchung nicht mit?
    .body = Will dein Kind im Consultatiebureau (Kinderberatungsstelle) keine Klötze stapeln oder kein Wort sagen, obwohl es das zu Hause kann? Ganz normal: Fremder Raum, fremde Fragen machen viele Kleinkinder still. Erzähl, was du zu Hause siehst, oder zeig ein Video; das zählt genauso. Dein Kind muss nichts „vorführen“. Sag danach etwas Liebes: „Das war aufregend, oder? Du durftest einfach zuschauen.“

stopping-night-feeds-another-carer =
    .title = Keine Nachtmahlzeit mehr: jemand anderes geht
    .body = Möchtest du nachts mit Brust oder Flasche aufhören? Lass eine Zeit lang jemand anderen, den dein Kind gut kennt, nachts hingehen: deinen Partner oder deine Partnerin, falls es jemanden gibt, oder eine Oma, die ein paar Nächte bleibt. Getröstet wird mit Armen, Lied und bei Bedarf Wasser. Dein Kind protestiert wohl: Es vermisst etwas Schönes. Weiter trösten, in deinem Tempo. Es kommt ja jemand.

a-bad-dream =
    .title = Aufgeschreckt aus einem bösen Traum
    .body = Wacht dein Kind nachts weinend auf, als hätte es etwas Unheimliches geträumt? Geh schnell hin, nimm es hoch oder leg ihm eine Hand auf den Rücken und sag: „Du hast dich erschreckt. Du liegst in deinem Bett, und ich bin da.“ Sicher, gesehen, getröstet: Mehr braucht es jetzt nicht. Erklären kann warten. Mach ein sanftes Licht an, wenn es hilft, und bleib, bis dein Kind wieder ruhig atmet.

picky-eater-helps-prepare =
    .title = Wählerisch? Lass dein Kind in der Küche helfen
    .body = Isst dein Kind kaum etwas Neues? Lass es heute bei etwas helfen, das später auf den Tisch kommt: Tomaten waschen, Salat zupfen, Erbsen in den Topf geben. Biete ein Stück zum Riechen oder Probieren an, ohne dass es muss. Was dein Kind selbst in der Hand hatte, wirkt auf dem Teller weniger fremd. Und zusammen in der Küche stehen ist einfach schön. Messer und heiße Töpfe bleiben bei dir.

washing-the-cuddly-toy =
    .title = Das Kuscheltier muss in die Wäsche
    .body = Ist das Kuscheltier wirklich schmutzig und muss gewaschen werden? Mach es tagsüber, nicht kurz vor dem Schlafen, und lass dein Kind zuschauen: „Der Bär geht baden.“ Setzt euch vor die Maschine oder hängt ihn zusammen auf. Ein frisch gewaschenes Kuscheltier riecht plötzlich anders, und das kann ein Kind durcheinanderbringen. Halt es eine Weile an dich oder leg es eine Nacht neben dein Kissen.

body-curiosity-in-the-bath =
    .title = Neugierig auf den eigenen Körper
    .body = Fasst dein Kind in der Wanne oder beim Wickeln seinen Penis oder seine Vulva an? Das ist ganz normale Neugier, wie beim Spielen mit Zehen oder Ohren. Reagier ruhig und nenn die Körperteile einfach beim Namen, so wie „Knie“ oder „Nase“. So lernt dein Kind: An meinem Körper ist nichts schmutzig oder geheim. Fragen dazu? Im Consultatiebureau (Kinderberatungsstelle) hört man sie öfter, als du denkst.

evening-at-the-huisartsenpost =
    .title = Abends zum hausärztlichen Notdienst
    .body = Muss dein Kind abends zum hausärztlichen Notdienst (huisartsenpost), nach einem Sturz oder mit hohem Fieber? Ruf zuerst an; sollt ihr kommen, nimm Kuscheltier, Windel und etwas zu trinken mit. Schlafanzug ist in Ordnung. Halt dein Kind auf dem Schoß, sprich ruhig und sag, was passiert: „Die Ärztin schaut in dein Ohr.“ Deine Ruhe ist jetzt das Vertrauteste, was dein Kind hat.

dummy-only-in-bed-for-now =
    .title = Weniger Schnuller: erst mal nur im Bett
    .body = Hat dein Kind tagsüber oft den Schnuller im Mund, und willst du das ändern? Fang klein an: Der Schnuller gehört ab jetzt zum Bett. Stell dort ein Kästchen hin, in das dein Kind ihn morgens selbst legt: „Schnuller ruht sich aus bis heute Abend.“ Tröste tagsüber mit Armen, Lied oder Kuscheltier. Im Bett ist er okay, ohne Band oder Clip. Klappt es mal nicht? Morgen wieder. Ganz aufhören kommt später.

lying-beside-them-until-asleep =
    .title = Bleibst du, bis dein Kind schläft?
    .body = Liegst oder sitzt du jeden Abend bei deinem Kind, bis es schläft? Das ist in Ordnung, wenn es sich für dich gut anfühlt. Willst du es ändern? Geh in kleinen Schritten vor: erst deine Hand auf seinem Rücken, nach ein paar Abenden neben dem Bett sitzen, später an der Tür. Summ dabei weiter, damit dein Kind hört, dass du da bist. Ist es wirklich aufgelöst? Geh wieder näher ran.

brushing-side-by-side-at-the-mirror =
    .title = Zähneputzen nebeneinander vor dem Spiegel
    .body = Will dein Kind seine Zähne „selber!“ putzen? Stell es auf einen stabilen Tritt vor den Spiegel, neben dich, jedes mit eigener Bürste. Putzt gleichzeitig und schneidet euch im Spiegel lustige Putzgesichter. Erst putzt dein Kind selbst, dann putzt du kurz nach: „Jetzt mach ich sie glänzend.“ Selbst und gemeinsam passen gut zusammen. Bleib dabei, solange dein Kind auf dem Tritt steht.

late-nap-late-bedtime =
    .title = Später Mittagsschlaf, Kampf am Abend?
    .body = Schläft dein Kind mittags bis vier oder fünf Uhr und liegt abends ewig wach? Leg den Mittagsschlaf diese Woche etwas früher, bald nach dem Mittagessen, oder weck dein Kind sanft, wenn es schon lange schläft: Vorhang auf, deine Stimme, langsam aufwachen auf deinem Schoß. Dann ist es abends zur gewohnten Zeit wieder müde. Jedes Kind hat seinen eigenen Rhythmus; schau, was zu deinem passt.

scared-to-poo-after-it-hurt =
    .title = Angst vorm Kacken, weil es wehtat
    .body = Kneift dein Kind den Po zusammen, stellt sich auf die Zehen oder kriecht weinend weg, wenn das große Geschäft kommt? Oft hat ein harter Stuhl vorher wehgetan, und jetzt hat es Angst. Sag, was du siehst: „Du hast Angst, dass es wieder wehtut. Ich bleib bei dir.“ Gib viel Wasser, Obst und Gemüse, ohne Eile oder Druck. Hält es an, siehst du Blut oder viel Bauchweh? Frag die Hausarztpraxis (huisarts).

telling-you-after-a-wee =
    .title = „Pipi!“ Dein Kind sagt es dir
    .body = Zeigt dein Kind auf die Windel oder sagt „Pipi“ oder „Kacka“, nachdem es schon passiert ist? Bedank dich: „Gut, dass du es sagst! Komm, eine frische Windel.“ Das ist ein erster kleiner Schritt: Dein Kind merkt, was sein Körper tut, und teilt es mit dir. Vorher Bescheid sagen muss es noch nicht, und ein Töpfchen braucht es noch nicht. Zeig vor allem: Erzählen ist immer willkommen.

bath-too-exciting-move-it =
    .title = Macht das Baden dein Kind erst richtig wach?
    .body = Wird dein Kind beim Baden vor allem wild und planscht, und dauert es danach lange, bis es schläft? Dann muss das Bad nicht ins Einschlafritual. Verleg es auf den Nachmittag oder aufs Wochenende und halte den Abend ruhig mit Zähneputzen, Schlafanzug und einem Lied. Das eine Kind wird vom Baden ruhig, das andere munter. Du siehst, was es bei deinem bewirkt.

afraid-of-the-dark =
    .title = Angst im Dunkeln
    .body = Will dein Kind plötzlich nicht mehr im Dunkeln liegen oder zeigt ängstlich auf einen Schatten? Schaut euch tagsüber zusammen das Schlafzimmer an: die Jacke an der Tür, die Lampe, die Vorhänge. Mach abends das Licht kurz aus und wieder an: „Schau, das ist nur deine Jacke.“ Ein kleines, sanftes Nachtlicht ist in Ordnung. Nimm die Angst ernst, auch wenn du weißt, dass da nichts ist.

last-breastfeed-mixed-feelings =
    .title = Das letzte Stillen: Erleichterung und Wehmut
    .body = Geht die Stillzeit zu Ende, oder war heute das letzte Mal? Viele Eltern spüren Erleichterung und Traurigkeit zugleich, manchmal ein hormonelles Tief. Das alles darf sein. Mach einen kleinen Moment daraus: ein Foto, ein paar Worte an dein Kind oder einfach lange zusammen auf dem Sofa. Die Nähe hört nicht auf, sie bekommt eine neue Form. Wochenlang bedrückt? Sprich mit der Hausarztpraxis (huisarts).

small-operation-day =
    .title = Eine kleine Operation: du gehst mit
    .body = Bekommt dein Kind eine kleine Operation, etwa an den Ohren? Frag im Krankenhaus, ob du bleiben darfst, bis es schläft, und dabei sein kannst, wenn es aufwacht. Darf es morgens nichts essen? Halt Essen außer Sicht und biete Ablenkung und deinen Schoß. Nimm das Kuscheltier und die eigene Decke mit. Dein Kind muss nicht verstehen, was passiert; dein Gesicht beim Einschlafen und Aufwachen sagt genug.

scooping-their-own-food =
    .title = Sich selbst auftun
    .body = Stell deinem Kind heute eine kleine Schüssel mit Löffel hin, etwa mit Reis oder Erbsen, und lass es sich selbst auf den eigenen Teller auftun. Es geht langsam, und etwas landet daneben; das gehört dazu. Ein Kleinkind, das am Tisch selbst etwas regeln darf, fühlt sich groß und ernst genommen. Sag, was du siehst: „Du hast dir selbst aufgetan!“ Heiße Töpfe und Schüsseln bleiben bei dir.

no-nap-today-quiet-hour =
    .title = Heute kein Mittagsschlaf? Eine ruhige Stunde
    .body = Schläft dein Kind heute nicht, so sehr du dich auch bemühst? Behalt die Mittagszeit trotzdem bei, als ruhige Stunde: zusammen auf dem Sofa oder im Bett, Vorhänge halb zu, ein Buch oder leise Musik. Viele Kinder brauchen im zweiten Jahr noch einen Mittagsschlaf, aber nicht jeden Tag klappt es. Eine ruhige Stunde mit dir lädt auch auf. Bring dein Kind abends dann etwas früher ins Bett.

hair-brushing-without-a-battle =
    .title = Haare kämmen ohne Tränen
    .body = Ist Haarekämmen jeden Morgen ein Kampf? Versuch es nach dem Baden, wenn das Haar nass und weich ist, oder feuchte die Knoten vorher an. Setz dein Kind mit einem Buch auf den Schoß oder gib ihm eine eigene Bürste. Halt eine Strähne oberhalb des Knotens fest, damit es nicht an der Kopfhaut zieht, und kämm stückchenweise von unten nach oben. Geht es gar nicht? Etwas wildere Haare sind heute okay.

only-one-parent-at-night =
    .title = Nachts darf nur der eine Elternteil kommen
    .body = Teilt ihr euch zu zweit die Nächte, und ruft dein Kind nur nach einem von euch und weint lauter, wenn der andere kommt? Ganz normal. Sprecht ab, wer wann geht. Wer geht, sagt kurz, wo der andere ist, und: „Ich bin da, ich bleibe bei dir.“ Bleib ruhig und warm, auch bei anfänglichem Protest. So merkt dein Kind, dass Trost von euch beiden kommen kann. Und einer schläft endlich durch.

nappy-free-time =
    .title = Mal ohne Windel
    .body = Warmes Wetter oder ein warmes Zimmer? Lass dein Kind heute eine Weile ohne Windel spielen, dort, wo eine Pfütze nicht schlimm ist: im Garten, im Bad oder auf einem alten Handtuch. So merkt dein Kind, was passiert, wenn es Pipi macht: „Schau, du machst Pipi!“ Ohne Erwartung und ohne Üben, einfach entdecken. Eine Pfütze auf dem Boden? „Hoppla, kurz aufwischen.“ Mehr braucht es nicht.

climbing-out-of-the-cot =
    .title = Klettert dein Kind aus dem Gitterbett?
    .body = Hängt dein Kind ein Bein über den Rand des Gitterbetts oder steht plötzlich neben deinem Bett? Dann ist es Zeit für ein niedriges Bett oder eine Matratze auf dem Boden, damit ein Sturz nicht tief ist. Mach das Zimmer sicher und setz ein Gitter in die Tür oder an die Treppe. Kuscheltier, Schlafsack und das gewohnte Ritual ziehen mit ins neue Bett. Alles neu, außer dem, was Halt gibt.

one-more-drink-at-bedtime =
    .title = Nach dem Zudecken ruft es immer wieder
    .body = Ruft dein Kind nach dem Zudecken immer wieder: trinken, Pipi, noch ein Kuss? Mach diese Dinge heute Abend zum Teil des Rituals: ein Becher Wasser neben dem Bett, eine letzte Umarmung an der Tür. Kommt danach doch ein Ruf, antworte kurz und immer gleich: „Du hast Wasser, du hast deinen Bären. Ich bin in der Nähe. Schlaf gut.“ So ist dein Kind nicht allein, und der Abend wird nicht endlos.

along-to-your-dentist =
    .title = Mit zu deiner Zahnarztkontrolle
    .body = Musst du selbst zur Kontrolle beim Zahnarzt? Nimm dein Kind mit, wenn es geht, und lass es von deinem Schoß oder neben dir zuschauen. Zeig, dass es für dich normal ist, und lass dein Kind danach kurz auf den großen Stuhl und den Mund aufmachen: „Aaah!“ So wird die Zahnarztpraxis ein bekannter Ort, mit dir dabei. Frag gleich, wann dein Kind selbst zum ersten Mal kommen kann.

screaming-but-not-awake =
    .title = Schreien im Schlaf, aber nicht wach
    .body = Sitzt dein Kind nachts schreiend im Bett, Augen offen, sieht dich aber scheinbar nicht und lässt sich nicht trösten? Manchmal ist ein Kind dann nicht richtig wach. Weck es nicht, bleib dabei, pass auf, dass es sich nicht stößt, und sprich leise. Meist ist es nach Minuten vorbei, und es schläft weiter, ohne Erinnerung. Passiert das oft, oder sorgst du dich? Frag die Hausarztpraxis (huisarts).

potty-as-a-chair-first =
    .title = Ein Töpfchen, erst mal nur zum Draufsitzen
    .body = Noch kein Töpfchen im Haus? Stell heute eins ins Bad oder ins Wohnzimmer und lass dein Kind damit machen, was es will: angezogen draufsitzen, den Bären draufsetzen, daneben ein Buch anschauen. So gewöhnt es sich an das Ding selbst, ohne dass etwas passieren muss. Sitzt es gern darauf, während du dir die Zähne putzt? Schön, gemeinsam. Hinein muss noch gar nichts.

bedtime-like-a-frog =
    .title = Ins Bett hüpfen wie ein Frosch
    .body = Ruft dein Kind „nein!“, sobald Schlafenszeit ist? Mach den Weg ins Bett zum Spiel: wie Frösche ins Schlafzimmer hüpfen, als Flugzeug in deinen Armen fliegen oder auf deinem Rücken reiten. Schlafenszeit bleibt Schlafenszeit, nur der Weg dahin darf lustig sein. Dein Kind bekommt Spaß und Aufmerksamkeit, und niemand wird gezerrt. Heute keine Lust auf Spiele? Dann trag dein Kind ruhig ins Bett.

potty-readiness-signs =
    .title = Trocken werden? Schau auf dein eigenes Kind
    .body = Fragst du dich, ob es schon Zeit fürs Töpfchen ist? Um den zweiten Geburtstag tragen sehr viele Kinder noch Windeln, und das ist normal. Schau auf dein eigenes Kind: Bleibt die Windel länger trocken, sagt es, dass es muss, will es aufs Töpfchen? Dann kannst du in Ruhe anfangen. Siehst du das noch nicht, wartest du einfach noch. Mit Druck wird es oft schwieriger.

first-nights-in-a-big-bed =
    .title = Die ersten Nächte im großen Bett
    .body = Schläft dein Kind neu in einem großen Bett und steht ständig daneben oder im Flur? Bring es ruhig zurück, jedes Mal mit demselben kurzen Satz: „Es ist Nacht. Zurück ins Bett, ich deck dich zu.“ Keine ärgerliche Stimme, kein langes Gespräch. Bleib die ersten Abende etwas länger an der Tür sitzen. So wird das neue Bett ein fester Ort, und du die vertraute Stimme, die dazugehört.

sick-but-restless-quiet-basket =
    .title = Krank, aber unruhig? Ein Korb voller Ruhe
    .body = Ist dein Kind krank zu Hause, zu müde zum Spielen, aber zu unruhig zum Liegen? Füll einen Korb mit ruhigen Dingen: ein paar Bücher, ein weicher Ball, Sticker, ein altes Fotoalbum. Macht ein Nest auf dem Sofa, hol immer nur eins heraus. So kommt der kranke Körper zur Ruhe. Trinkt es schlecht, wird es schläfriger? Ruf die Hausarztpraxis oder den hausärztlichen Notdienst (huisartsenpost) an.

own-room-play-there-first =
    .title = Ein eigenes Zimmer? Erst dort spielen
    .body = Zieht dein Kind aus deinem Schlafzimmer in ein eigenes Zimmer? Mach es erst tagsüber vertraut: Spielt dort, lest ein Buch auf dem Boden, lass dein Kind aussuchen, wo der Bär sitzt. Fang mit den Mittagsschläfchen dort an und nimm das gewohnte Einschlafritual mit. Ein Zimmer, in dem ihr gelacht habt, wirkt abends weniger fremd. Die ersten Nächte unruhiger? Das gehört zum Eingewöhnen.

first-wee-in-the-potty =
    .title = Das erste Pipi im Töpfchen
    .body = Hat dein Kind zum ersten Mal ins Töpfchen gemacht, vielleicht aus Versehen? Teil das Staunen: „Hey, das ist dein Pipi! Im Töpfchen!“ Halt es klein: kein großes Fest, keine Belohnung, kein „Jetzt aber jedes Mal, ja?“ So bleibt es die Sache deines Kindes und nichts, was es für dich tun muss. Morgen doch wieder Windel? Auch gut: Trocken werden geht mal vor, mal zurück.

show-me-where-it-hurts =
    .title = Wo tut es weh? Zeig mal
    .body = Ist dein Kind quengelig, und du weißt nicht, warum? Frag: „Tut dir was weh? Zeig mal.“ Tipp sanft an: „Dein Ohr? Dein Bauch? Dein Mund?“ Ein Kleinkind kann oft besser zeigen als sagen und merkt so, dass du es wissen willst. Merk dir, worauf es zeigt; das hilft beim Arzt. Anhaltender Schmerz, ungewohntes Weinen, Fieber? Ruf die Hausarztpraxis (huisarts) oder den Notdienst (huisartsenpost) an.
