# Tägliche Tipps: eine Nachricht pro Tipp-ID aus assets/tips.toml, mit .title (höchstens
# 60 Zeichen) und .body (höchstens 400 Zeichen).


bump-hello-voice =
    .title = Sag heute Hallo zum Babybauch
    .body = Erzähl dem Baby im Bauch heute laut, was du gerade tust, und seien es nur ein paar Sätze beim Kochen. Deine Stimme kommt gedämpft an und wird so zu einem vertrauten Klang für später. Ist es nicht dein Bauch? Dann setz dich nah dazu, die Hand darauf. Fühlt sich das Reden weniger seltsam an als gedacht, oder spürst du Bewegung, während du sprichst? Dann hat der Kontakt schon begonnen.

bump-lullaby-choice =
    .title = Such ein Lied für dich und dein Baby aus
    .body = Such dir heute ein Lied aus, das du in den nächsten Wochen oft singst oder summst: ein Schlaflied oder einfach ein Stück, das du schön findest. Wiederholung macht eine Melodie vertraut, sodass du nach der Geburt gleich etwas Bekanntes hast, um dein Baby zu trösten. Schief singen ist erlaubt; es kommt auf deine Stimme an, nicht auf die Melodie.

support-circle-names =
    .title = Schreib drei Menschen auf, die helfen können
    .body = Schreib heute drei Menschen auf, die du nach der Geburt um etwas Praktisches bitten kannst: eine Mahlzeit, den Einkauf, eine Maschine Wäsche oder eine Stunde mit dem Baby, damit du schlafen kannst. Ausgeruhte Eltern haben mehr Raum, ruhig auf ihr Baby einzugehen, und um Hilfe bitten ist eine Stärke. Häng die Liste an den Kühlschrank, dann musst du sie dir später nicht merken.

love-grows-slowly =
    .title = Liebe darf auch langsam wachsen
    .body = Sag heute zu dir selbst oder zu jemandem, dem du vertraust: „Vielleicht spüre ich diese große Liebe nicht sofort, und das ist okay.“ Bei vielen Eltern wächst die Bindung erst in den ersten Wochen nach der Geburt, und wenn es länger dauert, ist das selten irgendjemandes Schuld. Diesen Satz kannst du dir später, in einer schweren Nacht, noch einmal sagen.

skin-to-skin-birth-plan =
    .title = Schreib Haut an Haut in deinen Geburtsplan
    .body = Schreib heute in deinen Geburtsplan oder sag deiner Begleitung bei der Geburt: Du möchtest dein Baby danach nackt auf deiner nackten Brust haben. Dieser Kontakt hilft ihm, Temperatur, Herzschlag und Stress ins Gleichgewicht zu bringen. Geht es bei der gebärenden Person nicht, kann jemand anderes übernehmen, solange diese Person wach und aufmerksam ist. Sag es am Tag selbst noch einmal.

rest-half-hour =
    .title = Plan heute eine halbe Stunde Nichtstun ein
    .body = Such dir heute einen Moment, in dem du eine halbe Stunde liegst oder sitzt, ohne dass etwas sein muss: keine Listen, keine Erledigungen. Ruhe ist jetzt kein Luxus, denn wer nicht erschöpft ist, kann später leichter geduldig und sanft reagieren. Du merkst, dass es wirkt, wenn deine Schultern sinken und sich der Rest des Tages etwas weniger gehetzt anfühlt.

small-circle-close =
    .title = Überleg, wer in den ersten Wochen nah ist
    .body = Mach heute aus, welche wenigen Menschen in den ersten Wochen wirklich da sind, um gemeinsam mit dir für dein Baby zu sorgen. Ein Baby bindet sich an eine kleine Zahl Erwachsener, die oft in seiner Nähe sind. Ein kleiner, fester Kreis ist also besser als viele wechselnde Hände. Die Liste darf später wachsen; fürs Erste reicht klein.

bump-hands-hello =
    .title = Ein ruhiger Hände-Moment mit dem Bauch
    .body = Leg heute Abend ein paar Minuten deine Hände auf den Bauch, oder bitte deine Partnerin oder deinen Partner, falls es jemanden gibt, das zu tun. Beweg dich langsam, atme ruhig und sag etwas Liebes. So ein fester Moment der Berührung macht das Baby für dich schon etwas wirklicher und stimmt auf die vielen Kuscheleien ein, die noch kommen. Du merkst es, wenn du dich auf diesen Moment freust.

newborn-signals-preview =
    .title = Lerne schon jetzt, wie ein Neugeborenes ruft
    .body = Schau dir heute an, wie ein neugeborenes Baby um Nähe bittet: Weinen, um Hilfe zu holen, nach Augen suchen, mit den Händchen greifen und bei deiner Stimme oder Berührung ruhig werden. Wenn du diese Signale später erkennst, kannst du schneller und ruhiger darauf eingehen. Du merkst, dass es wirkt, wenn du nach der Geburt plötzlich denkst: Ach ja, das ist so ein Signal.

calm-breath-practice =
    .title = Übe eine ruhige Atmung
    .body = Übe heute ein paarmal dieselbe Atmung: vier Zählzeiten ein, sechs aus, Schultern runter. Ein neugeborenes Baby kann sich noch nicht selbst beruhigen und lehnt sich an deine Ruhe an. Eine vertraute Art, selbst zur Ruhe zu kommen, ist später also Gold wert. Später, mit einem weinenden Baby im Arm, hast du diesen Atem dann schon parat.

bump-read-aloud =
    .title = Lies eine Seite laut vor
    .body = Lies heute eine Seite laut aus dem vor, was du sowieso liest: einem Roman, der Zeitung, einem aufbewahrten Kinderbuch. Es geht nicht um den Inhalt, sondern um den Rhythmus deiner Stimme, und der beruhigt, jetzt und später. Bist du nicht die Person, die schwanger ist, ist das eine schöne Art, dabei zu sein. Nimm etwas, das du selbst gern liest, dann bleibst du dran.

first-weeks-honest-talk =
    .title = Frag jemanden, wie die ersten Wochen wirklich waren
    .body = Frag heute jemanden, der schon ein Kind hat, wie sich die ersten Wochen wirklich angefühlt haben, auch die weniger schönen Seiten. Die Geburt ist ein riesiger Übergang für Eltern und Baby, und wenn du weißt, dass ein langsamer Start ganz normal ist, erschrickst du weniger. Frag auch, was damals am meisten geholfen hat.

money-worry-one-step =
    .title = Geh einen Schritt bei einer Sorge, die du jetzt hast
    .body = Nimm dir heute eine Sorge vor, die dich beschäftigt, etwa Geld, Arbeit oder Wohnung, und geh einen kleinen Schritt: eine Liste machen, jemanden anrufen oder in der Hausarztpraxis oder beim Consultatiebureau fragen, wohin du dich wenden kannst. Sorgen fressen Energie, die du später für dein Baby brauchst, und sie anzugehen gehört einfach dazu. Der Rest darf morgen der nächste Schritt sein.

trust-reliable-care =
    .title = Verlässlich ist etwas anderes als perfekt
    .body = Überleg heute, was dein Baby von dir erwarten können soll, in einfachen Dingen: Essen bei Hunger, Wärme, Trost bei Kummer. Im ersten Jahr baut ein Baby Vertrauen aus Fürsorge auf, die immer wieder kommt, nicht aus Fürsorge ohne Fehler. Schreib drei davon auf, kurz und machbar; „perfekt“ muss nicht auf die Liste.

safe-childhood-memory =
    .title = Wer hat dir als Kind Sicherheit gegeben?
    .body = Denk heute an jemanden zurück, bei dem du dich als Kind sicher, gesehen oder getröstet gefühlt hast. Was genau hat diese Person getan? Solche kleinen Dinge, wie eine ruhige Stimme oder echtes Zuhören, kannst du später selbst deinem Baby geben. Gab es niemanden, darfst du jetzt wählen, wie du es machen willst. Such dir eine Sache aus, die du mitnehmen willst, und schreib sie auf.

skin-to-skin-front-top =
    .title = Pack ein Oberteil ein, das vorne aufgeht
    .body = Leg heute ein Hemd oder eine Strickjacke, die vorne aufgeht, zu deinen Sachen für die Geburt, für dich und für deine Partnerin oder deinen Partner, falls es jemanden gibt. Dann ist Haut an Haut nach der Geburt und in den ersten Wochen leicht: Baby nackt an deiner Brust, Decke darüber, während du wach und aufmerksam bist. Eine dünne Decke dazu, und alles ist bereit.

bump-pet-name =
    .title = Gib deinem Baby schon jetzt einen Kosenamen
    .body = Such dir heute einen Kosenamen aus und benutze ihn, wenn du mit dem Bauch sprichst, immer im selben sanften Ton. Babys reagieren nach der Geburt sehr fein auf Klang und Tonhöhe einer Stimme, sogar mehr als auf die Worte selbst. Nach der Geburt kann derselbe Kosename eine erste Brücke zwischen euch sein.

visitors-calm-plan =
    .title = Mach einen ruhigen Plan für Besuch
    .body = Leg heute fest, wie du Besuch in den ersten Wochen haben möchtest: zum Beispiel kurze Besuche, höchstens einer am Tag, und jemand, der die Tür hütet, wenn du müde bist. Viel Trubel und Lärm sind Stress für ein neugeborenes Baby, und für dich auch. Eine freundliche Nachricht wie „Wir melden uns, wenn es passt“ ist völlig in Ordnung.

clinic-gp-in-phone =
    .title = Speichere drei Nummern im Handy
    .body = Speichere heute drei Nummern im Handy: deinen Hausarzt (huisarts), den hausärztlichen Notdienst (huisartsenpost) für Abend, Nacht und Wochenende und das Consultatiebureau (Kinderberatungsstelle) in deiner Nähe. Ist es nach der Geburt schwer, kommt die Bindung nicht in Gang oder sorgst du dich um dein Baby, ist früh anrufen klug. Dann musst du im schweren Moment nicht erst suchen.

safe-sleep-on-the-back =
    .title = Sicher schlafen: auf dem Rücken, im leeren Bett
    .body = Leg dein Baby heute und jedes Mal zum Schlafen auf den Rücken, in ein eigenes Bettchen; das darf gern in deinem Schlafzimmer stehen. Lass es bis zum ersten Geburtstag leer: kein Kuscheltier, kein Tuch, kein Kissen, kein Nestchen. Ein gut passender Schlafsack hält dein Baby warm. So schläft dein Baby sicher, und du kannst selbst etwas ruhiger schlafen.

crying-peaks-then-eases =
    .title = Weinen gipfelt um sechs Wochen: wann anrufen?
    .body = Bei den meisten Babys nimmt das Weinen bis etwa sechs Wochen zu und wird danach oft weniger. Wisse heute, wann du nicht abwartest: Klingt das Weinen anders als sonst, hat dein Baby Fieber, trinkt es schlecht, wirkt es schlapp oder sehr schläfrig? Dann ruf am selben Tag den Hausarzt (huisarts) an, abends und am Wochenende den hausärztlichen Notdienst (huisartsenpost).

skin-to-skin-awake =
    .title = Haut an Haut, während du wach bist
    .body = Leg dein Baby heute nur mit Windel auf deine nackte Brust, eine Decke über den Rücken, in einem Moment, in dem du selbst wach und aufmerksam bist. Dieser Kontakt hilft deinem Baby, Temperatur, Herzschlag und Stress ins Gleichgewicht zu bringen. Es wirkt, wenn der Atem ruhiger wird und der kleine Körper sich entspannt. Wirst du schläfrig? Dann leg dein Baby auf dem Rücken in sein eigenes Bettchen.

skin-to-skin-every-carer =
    .title = Haut an Haut ist für alle, die sorgen
    .body = Lass heute eine andere feste Bezugsperson Haut an Haut kuscheln: deine Partnerin oder deinen Partner, falls es jemanden gibt, oder wen anders, der deinem Baby nahesteht. Das ist nicht nur für die Person, die geboren hat. Jeder vertraute Mensch kann so die Bindung wachsen spüren, solange er wach und aufmerksam bleibt.

crying-is-asking =
    .title = Weinen ist Bitten, kein Theater
    .body = Sag dir beim nächsten Weinen heute im Kopf: „Du bittest um Hilfe.“ Ein neugeborenes Baby hat keine andere Möglichkeit zu zeigen, dass es etwas braucht, und sucht ganz natürlich deine Nähe. Geh hin, auch wenn du noch nicht weißt, was los ist.

guess-aloud =
    .title = Rate laut, was los ist
    .body = Ist dein Baby heute unruhig, dann rate laut: „Hast du Hunger? Bist du müde? Ist es zu viel Trubel?“ Du musst nicht gleich richtig liegen; durch dein Suchen und Reagieren merkt dein Baby, dass jemand da ist, der zuhört. Wer sonst noch betreut, kann es genauso machen; so lernt ihr euer Baby gemeinsam kennen.

pregnancy-song-again =
    .title = Sing das Lied aus der Schwangerschaft
    .body = Sing oder summ heute das Lied, das du in der Schwangerschaft oft hast hören lassen, oder fang jetzt mit einem festen Lied an. Dein Baby reagiert stark auf Klang und Ton einer vertrauten Stimme, auch ohne die Worte zu verstehen. Sing leise und langsam. Ein Schlaflied aus deiner eigenen Kindheit, in deiner eigenen Sprache, ist genauso gut.

grasp-finger =
    .title = Gib deinem Baby deinen Finger zum Festhalten
    .body = Leg heute deinen Finger in das Händchen deines Babys und lass es drücken, solange es mag. Greifen und Festhalten ist eine der Arten, wie ein Neugeborenes vom ersten Tag an Nähe sucht. Bleib einen Moment sitzen und schau zu. Du merkst es, wenn dein Baby fest zugreift und ruhig wird, und vielleicht bist du selbst ein bisschen gerührt.

love-takes-weeks =
    .title = Die große Liebe darf noch fehlen
    .body = Spürst du diese überwältigende Liebe noch nicht? Dann sag dir heute: „Es wächst.“ Die Geburt ist ein riesiger Übergang, für dich und für dein Baby, und bei vielen Eltern kommt das Gefühl erst im Lauf einiger Wochen. Versorg, halt und sprich einfach weiter. Bleibt es nach ein paar Wochen leer oder traurig, sag es dem Consultatiebureau (Kinderberatungsstelle) oder deinem Hausarzt (huisarts).

ask-one-thing =
    .title = Bitte heute jemanden um eine Sache
    .body = Schick heute eine Nachricht mit einer konkreten Bitte: „Bringst du mir morgen Suppe?“ oder „Kannst du eine Stunde kommen, damit ich schlafen kann?“ Müdigkeit und Sorgen machen es schwerer, ruhig auf dein Baby einzugehen, und gerade dann ist um Hilfe bitten stark. Wer fragt, gibt anderen auch die Chance, etwas zu tun.

ordinary-care-trust =
    .title = Alltägliche Fürsorge baut Vertrauen auf
    .body = Sieh heute jede Mahlzeit, jede frische Windel und jede warme Decke als Baustein. In diesem ersten Jahr lernt dein Baby aus Fürsorge, die immer wieder kommt, dass man der Welt vertrauen kann, und dafür braucht es nichts Besonderes. Sag ab und zu leise: „Ich bin da.“ Auch das Trinken um drei Uhr nachts zählt.

soft-voice-face =
    .title = Lass dein Gesicht und deine Stimme wirken
    .body = Sprich heute ein paarmal aus der Nähe mit deinem Baby, mit sanfter, etwas höherer Stimme und einem offenen, freundlichen Gesicht. Babys lesen Gesichter, Körpersprache und Tonfall lange bevor sie Worte verstehen, und sie lernen dein Gesicht und deine Stimme schnell kennen. Es wirkt, wenn dein Baby dich anschaut, still wird oder mit Ärmchen oder Mündchen antwortet.

gentle-order-not-clock =
    .title = Eine feste Reihenfolge statt eines Zeitplans
    .body = Wähl heute eine feste Reihenfolge für die Zeit nach dem Aufwachen, zum Beispiel füttern, wickeln, kurz kuscheln und wieder schlafen, ohne auf die Uhr zu schauen. Ein erkennbarer Rhythmus macht die Welt deines Babys vorhersehbar und dadurch sicher. So eine Reihenfolge gibt auch dir Halt, wenn die Nacht kurz war.

hand-hug-settle =
    .title = Zwei warme Hände für ein unruhiges Baby
    .body = Ist dein Baby heute im Bett oder auf dem Wickeltisch unruhig? Dann leg ruhig eine warme Hand auf Brust oder Bauch und die andere um das Köpfchen und sprich leise. Deine ruhige Berührung hilft deinem Baby, zur Ruhe zu kommen, und wenn du das oft tust, lernt es später, sich selbst zu beruhigen. Du merkst es, wenn Ärmchen und Beinchen stiller werden.

share-comfort-early-weeks =
    .title = Trösten darfst du in den ersten Wochen teilen
    .body = Lass heute eine vertraute Person eine Weinphase übernehmen, etwa in der unruhigen Stunde nach dem Essen, während du durchatmest. In den ersten Wochen hat dein Baby noch keine starke Vorliebe für bestimmte Menschen und lässt sich auch von einem anderen ruhigen, liebevollen Erwachsenen trösten; diese deutliche Vorliebe wächst später. Du kommst erholter zurück, und davon hat dein Baby auch etwas.

small-circle-of-hands =
    .title = Halte den Kreis um dein Baby klein
    .body = Entscheide heute bewusst, wer dein Baby hält und versorgt: lieber ein paar feste Menschen als jeder Besuch. Ein Baby bindet sich an eine kleine Gruppe Erwachsener, die oft in der Nähe sind, und dieses Vertrauen wächst am besten, wenn der Kreis nicht ständig wechselt. Besuch darf gern schauen und plaudern, ohne dir dein Baby abzunehmen.

early-sleepy-signs =
    .title = Erkenne die ersten Müdigkeitszeichen rechtzeitig
    .body = Achte heute auf frühe Zeichen von Müdigkeit: Gähnen, ins Leere starren, sich übers Gesicht reiben oder plötzlich ruckartige Bewegungen mit Armen und Beinen. Leg dein Baby dann schon in Ruhe hin oder wiege es etwas, bevor das Weinen beginnt. So lernt dein Baby, dass ein Signal gesehen wird. Leg dein Baby dabei auf den Rücken, im Schlafsack, ohne lose Decken oder Kuscheltiere.

early-hunger-cues =
    .title = Erkenne Hunger, bevor das Weinen beginnt
    .body = Achte heute auf frühe Hungerzeichen: Köpfchen drehen und suchen, Schmatzen, Händchen zum Mund. Biete dann schon eine Mahlzeit an, Brust oder Fläschchen, statt auf das Weinen zu warten. So antwortest du auf das Signal, das dein Baby wirklich gibt, und das ist der Kern von feinfühligem Reagieren. Du merkst es, wenn die Mahlzeiten ruhiger beginnen.

stay-when-crying-continues =
    .title = Bleib da, auch wenn das Weinen nicht aufhört
    .body = Weint dein Baby heute und nichts hilft? Dann bleib in der Nähe, halt es, wiege es oder sprich leise, ohne dass das Weinen aufhören muss. Du versagst nicht: Du lässt dein Baby spüren, dass es damit nicht allein ist, und das zählt. Auch wenn das Weinen weitergeht: In deinen Armen weint dein Baby nicht allein.

at-your-limit-pause =
    .title = Niemals schütteln: Baby hinlegen, kurz rausgehen
    .body = Bringt dich das Weinen heute an den Rand von Wut oder Verzweiflung? Schüttle dein Baby nie, auch nicht kurz: Ein Babykopf hält das nicht aus. Leg dein Baby auf den Rücken in sein eigenes Bett, geh ein paar Minuten in ein anderes Zimmer und atme langsam aus. Ruf jemanden an oder schreib, damit jemand hilft. So eine Pause ist gute Fürsorge, kein Versagen. Geh zurück, wenn du ruhiger bist.

gentle-leg-massage =
    .title = Nach dem Baden: eine sanfte Beinmassage
    .body = Leg dein Baby heute nach dem Baden auf ein warmes Handtuch, wärm deine Hände an und streich langsam vom Oberschenkel zum Füßchen, immer gleich. Öl ist nicht nötig; wenn, dann ein paar Tropfen schlichtes, unparfümiertes Öl, kein Nuss- oder Olivenöl. Dreht dein Baby sich weg, weint oder wird steif, hör einfach auf; morgen geht es wieder. Weiche, lockere Beinchen heißen: Das ist schön.

watch-two-minutes =
    .title = Schau zwei Minuten nur dein Baby an
    .body = Setz dich heute nach dem Trinken, wenn dein Baby wach und zufrieden auf einer Decke liegt, zwei Minuten daneben und schau nur: Was machen die Händchen, die Füßchen, das Gesicht? Sag leise, was du siehst: „Du streckst deine Finger.“ Ein Kind, das sich wirklich gesehen fühlt, wächst an Vertrauen, und gerade solche kleinen Momente zählen. Vielleicht entdeckst du etwas Neues.

tell-how-it-really-goes =
    .title = Erzähl jemandem, wie es wirklich läuft
    .body = Erzähl heute einem Menschen ehrlich, wie es dir geht, auch wenn die Antwort „schwerer als gedacht“ ist. Für dich und dein Baby ändert sich so viel auf einmal, dass ein holpriger Start völlig verständlich ist, und er ist selten jemandes Schuld. Meistens wächst das Gefühl „Das ist mein Kind“ innerhalb weniger Wochen. Lieber Fachleute? Auch das Consultatiebureau (Kinderberatungsstelle) hört zu.

skin-to-skin-after-bath =
    .title = Nach dem Baden: kurz Haut an Haut
    .body = Leg dein Baby heute nach dem Baden oder Waschen nackt an deine nackte Brust, mit einem Handtuch oder einer Decke darüber, solange du wach und aufmerksam bist. Haut an Haut wirkt direkt nach der Geburt am stärksten, bleibt aber auch in diesen Wochen wertvoll für die Bindung und für Ruhe. Du merkst es, wenn dein Baby warm und entspannt an dir liegt.

talk-then-pause =
    .title = Sprich, warte kurz und lass dein Baby „antworten“
    .body = Sprich heute aus der Nähe mit deinem Baby, schau es an und mach dann eine Pause, als würdest du auf eine Antwort warten. Dein Baby versteht die Worte noch nicht, lernt aber so deine Stimme kennen und spürt das Hin und Her im Kontakt. Die „Antwort“ kann eine Weile dauern; Neugeborene sind langsam, gib ihnen Zeit.

carry-through-fussy-hour =
    .title = Trag dein Baby durch eine unruhige Stunde
    .body = Hat dein Baby heute eine unruhige Stunde? Dann halt es aufrecht an deiner Brust und geh langsam durch die Wohnung. Wärme, dein Herzschlag und das sanfte Wiegen deiner Schritte geben Halt. Benutzt du ein Tragetuch, achte darauf, dass das Gesichtchen frei und sichtbar bleibt. Viele Babys haben so eine Stunde, oft am Abend; das ist ganz normal und geht vorbei.

night-soft-light =
    .title = Nachts: sanftes Licht, wenig Worte
    .body = Geh heute Nacht bei jedem Weinen ruhig zu deinem Baby, mit gedämpftem Licht und ein paar leisen Worten, und leg es danach wieder hin. Gerade nachts lernt dein Baby, dass immer jemand kommt, und daraus wächst Urvertrauen. Es muss weder schnell noch perfekt sein. Tagsüber darf es dagegen hell sein; so lernt dein Baby langsam den Unterschied zwischen Tag und Nacht.

smile-back-and-wait =
    .title = Lächle zurück und warte kurz
    .body = Schaut dein Baby dich heute an, etwa auf dem Wickeltisch, halte kurz inne, lächle breit zurück und warte ein paar Sekunden, bevor du etwas sagst. Auch ein Laut vom anderen Ende des Zimmers verdient ein Lächeln oder ein Wort. Dein Gesicht ist für dein Baby das Spannendste überhaupt, und dieses Hin und Her ist euer erstes Gespräch. Das erste Lächeln zurück kommt oft um sechs Wochen.

coo-back-and-forth =
    .title = Ein Gespräch aus Vokalen
    .body = Mach heute das Gurren deines Babys nach, „aaa“ oder „uuh“, und lass danach eine Stille, damit dein Baby wieder dran ist. So entdeckt es, dass Laute etwas bewirken: Jemand hört zu und antwortet. Du merkst es, wenn dein Baby in deinen Pausen selbst wieder brabbelt oder aufmerksam auf deinen Mund schaut.

lower-your-voice-when-fussy =
    .title = Leiser sprechen bei Unruhe
    .body = Wird dein Baby heute unruhig, dann senk deine Stimme: langsamer, tiefer und leiser, als würdest du ein Geheimnis verraten. Babys hören genau, wie deine Stimme klingt, und ein ruhiger Ton sagt „Alles ist gut“, lange bevor sie Worte verstehen. Im Auto oder im Supermarkt wirkt die Flüsterstimme genauso.

knee-bouncing-rhyme =
    .title = Hoppe hoppe Reiter auf deinen Knien
    .body = Setz dein Baby heute auf deine Knie, gut unter den Ärmchen gehalten, und sing „Hoppe hoppe Reiter“ mit sanften Hüpfern im Takt. Warte kurz vor dem Ende, lass dein Baby dann ein kleines Stück zwischen deine Knie plumpsen und fang es sofort auf. Der spannende Moment mit vertrautem Ausgang sagt: Du fängst mich immer. Bittet dein Baby mit einem Laut um mehr? Dann weißt du Bescheid.

sway-to-a-slow-song =
    .title = Wiegen zu einem ruhigen Lied
    .body = Nimm dein Baby heute in die Arme und wiege dich langsam hin und her, im Takt von „Der Mond ist aufgegangen“ oder einem anderen ruhigen Lied. Der gleichmäßige Rhythmus und deine Stimme so nah geben deinem Baby Halt. Schief singen oder eigene Worte erfinden ist erlaubt: Es geht um dich. Vielleicht wird das euer festes Abendlied.

tummy-circles-massage =
    .title = Kreise über das Bäuchlein
    .body = Leg dein Baby heute auf ein warmes Handtuch und mach mit warmer Hand langsame Kreise im Uhrzeigersinn über das Bäuchlein. Öl ist nicht nötig; wenn, dann ein Tropfen schlichtes, unparfümiertes Öl, kein Nuss- oder Olivenöl. Langsame, wiederholte Bewegungen helfen deinem Baby, ruhig zu werden. Schaut es weg oder wird es unruhig, hörst du auf. Ein tiefer Seufzer oder ein Gähnen heißt: Das ist schön.

long-strokes-down-the-back =
    .title = Lange Striche über den Rücken
    .body = Liegt dein Baby heute wach auf deinem Schoß oder auf dem Bauch neben dir, streich mit warmer Hand in langen, langsamen Zügen vom Nacken bis zum Po. Öl braucht es nicht; auf nackter Haut geht etwas schlichtes, unparfümiertes Öl, nie Nuss- oder Olivenöl. Langsame, vorhersehbare Berührung beruhigt den ganzen Körper. Hebt dein Baby das Köpfchen weg oder wird es zappelig, ist es genug für heute.

talk-through-the-nappy-change =
    .title = Erzähl beim Wickeln, was du machst
    .body = Sprich heute bei jedem Wickeln laut mit: „Erst die Hose aus, brr, kurz kalt. Und jetzt eine frische Windel.“ Dein Baby versteht die Worte noch nicht, hört aber deine Stimme, spürt, was kommt, und wird so mit Sprache vertraut. So wird eine Aufgabe, die viele Male am Tag wiederkommt, zu einem kleinen gemeinsamen Moment. Gehen dir die Worte aus? Dann summ einfach.

say-it-before-you-do-it =
    .title = Erst sagen, dann tun
    .body = Kündige heute an, was du tun wirst, bevor du es tust: „Ich heb dich hoch“, „jetzt kommt der Ärmel über dein Händchen“. Warte dann einen Moment. So lernt dein Baby, dass nichts einfach aus dem Nichts passiert, und Hochheben und Anziehen erschrecken weniger. Nach einer Weile siehst du, wie dein Baby sich bereitmacht, etwa indem es die Ärmchen anspannt, wenn du „hoch“ sagst.

guided-tour-on-your-walk =
    .title = Eine Führung beim Spaziergang
    .body = Erzähl deinem Baby heute unterwegs, was euch begegnet: „Schau, ein Hund. Hörst du den Bus?“ Halt es kurz und lass Pausen. So teilst du die Welt mit deinem Baby, und deine Stimme wird zu einem vertrauten Anker zwischen all dem Neuen. Keine Lust zu reden? Gemeinsam schauen und ab und zu etwas zeigen reicht auch.

one-little-book-every-day =
    .title = Ein Büchlein, jeden Tag
    .body = Nimm dir heute ein stabiles Bilderbuch und lies es vor, auch wenn dein Baby keine Ahnung hat, worum es geht. Es geht um die Melodie deiner Stimme und darum, eng beieinander zu sitzen. Lies morgen ruhig dasselbe Buch: Wiederholung tut gut. Es wirkt, wenn dein Baby beim ersten Satz still wird oder von den Bildern zu dir schaut und wieder zurück.

bold-black-and-white-pictures =
    .title = Schwarz-weiße Bilder anschauen
    .body = Halt heute ein Büchlein mit klaren schwarz-weißen Bildern ungefähr so weit von deinem Baby weg wie dein Gesicht beim Füttern, und erzähl leise, was darauf ist. Junge Babys sehen starke Kontraste am besten, und deine Stimme macht daraus einen gemeinsamen Moment. Schaut dein Baby weg, ist das eine Pause. Gebanntes Schauen und Stillwerden zeigen, dass es fesselt.

read-your-own-book-aloud =
    .title = Lies aus deinem eigenen Buch vor
    .body = Lust, selbst etwas zu lesen? Dann lies heute ein paar Seiten laut vor, mit deinem Baby auf dem Schoß: aus deinem Roman, einer Zeitschrift oder einem Rezept. Für dein Baby zählt vor allem der Rhythmus deiner Stimme, nicht die Geschichte. Und du hast auch mal etwas für dich. Auch eine andere Bezugsperson kann das, mit ihrem eigenen Lieblingsbuch.

three-steps-before-sleep =
    .title = Drei feste Schritte vor dem Schlafen
    .body = Wähl heute drei kleine Schritte, die du ab jetzt immer vor dem Schlafen machst, zum Beispiel: Vorhänge zu, Schlafsack an, ein Lied. Dieselbe Reihenfolge sagt deinem Baby, was kommt, und eine vorhersehbare Welt fühlt sich sicher an. Es muss nicht minutengenau sein, und alle, die dein Baby hinlegen, können es so machen. Später kommen vielleicht ein Buch oder Zähneputzen dazu; die Reihenfolge bleibt.

a-familiar-feeding-spot =
    .title = Ein fester Platz zum Füttern
    .body = Füttere dein Baby heute so oft wie möglich am selben ruhigen Platz und in derselben Haltung, mit dem Handy außer Reichweite. Vertraute Momente geben deinem Baby Halt: Hier bekomme ich Essen und Aufmerksamkeit. Klappt es nicht jedes Mal? Kein Problem. Beim Fläschchen kann jede feste Bezugsperson denselben Platz nutzen.

the-same-good-morning =
    .title = Jeden Morgen dasselbe Guten Morgen
    .body = Begrüß dein Baby heute beim Aufwachen immer auf dieselbe Weise: Vorhang auf, „Guten Morgen, da bist du ja!“ und eine Umarmung. So ein kleines Ritual macht den Tagesstart vertraut und warm. Ob du aufstehst, deine Partnerin oder dein Partner, falls es jemanden gibt, oder Oma oder Opa: Alle können es so machen. Die Uhrzeit ist egal, und es muss nicht jeden Tag gleich schön sein.

together-in-the-mirror =
    .title = Gemeinsam in den Spiegel schauen
    .body = Setz dich heute mit deinem Baby auf dem Schoß vor den Spiegel und sag, was du siehst: „Da bist du, und da bin ich. Und hier ist dein Ohr.“ Berühr dabei das Öhrchen. Dein Baby sieht vor allem ein nettes Gesicht; sich selbst erkennt es erst später, doch gemeinsames Schauen und Benennen verbindet schon. Lacht dein Baby das andere Baby an? Dann winkt gemeinsam zurück.

mirror-by-the-changing-table =
    .title = Ein Spiegel am Wickeltisch
    .body = Stell oder häng heute einen bruchsicheren kleinen Spiegel an den Wickeltisch und schau beim Wickeln gemeinsam mit deinem Baby hinein: „Da sind deine Füßchen! Und hier dein Bauch.“ So wird aus einer Aufgabe ein kleines gemeinsames Spiel, und du verbindest deine Worte mit dem, was dein Baby sieht und spürt. Mach ihn gut fest, Babys greifen gern zu.

quiet-corner-after-a-busy-day =
    .title = Nach dem Trubel kurz in eine stille Ecke
    .body = War es heute trubelig, mit Besuch, Supermarkt oder einem Geburtstag? Such danach mit deinem Kind einen ruhigen, etwas dämmrigen Platz, ohne Fernseher oder Musik. Halt ein Baby dicht bei dir; mit einem älteren Kind gehen auch Bauklötze oder ein Buch. Viel Lärm und viele Gesichter können ein kleines Kind überfluten, auch wenn es Spaß hatte. Ruhe bei dir lässt alles sinken.

looking-away-means-a-break =
    .title = Wegschauen heißt: bitte kurz Pause
    .body = Achte heute beim Spielen, Kuscheln oder Reden auf Wegschauen, Gähnen, Schluckauf, ein Stirnrunzeln oder wild rudernde Ärmchen. Oft sagt dein Baby damit: Jetzt ist es genug. Hör dann auf zu reden, schau selbst kurz weg und gib etwas Raum. Schaut dein Baby dich wieder an, machst du weiter. So erlebt dein Baby, dass seine Signale etwas bewirken.

bright-eyes-time-to-play =
    .title = Wache Augen? Zeit zum Spielen
    .body = Hat dein Baby heute wache Augen, ein offenes Gesicht und strampelnde Beinchen? Dann bittet es um Kontakt. Das ist der Moment für ein Lied, eine Rassel oder lustige Geräusche. Ein Baby braucht nicht nur Ruhe, sondern auch dich als Spielkameradin oder Spielkameraden. Du merkst, dass es passt, wenn dein Baby dich weiter anschaut und immer mehr Laute macht.

one-thing-at-a-time =
    .title = Eins nach dem anderen
    .body = Mach heute beim Spielen Fernseher oder Radio aus und gib deinem Baby nur ein Spielzeug auf einmal. Für ein Baby ist dein Gesicht mit einer Rassel dazu schon eine ganze Welt; mehr auf einmal macht eher unruhig als froh. Morgen darf gern ein anderes Spielzeug kommen; heute reicht eins.

answer-the-reach =
    .title = Reagiere, wenn dein Baby nach dir greift
    .body = Streckt dein Baby heute die Ärmchen nach dir aus oder greift nach deinen Haaren oder deinem Finger, dann reagiere: Nimm das Händchen, lächle und sag „Hey, da bist du ja!“ So lernt dein Baby, dass Kontakt suchen funktioniert und dass du da bist. Du musst nicht alles stehen und liegen lassen; ein Blick und ein paar Worte reichen oft.

look-where-they-look =
    .title = Schau mit deinem Baby mit
    .body = Folge heute einmal dem Blick deines Babys, zur Lampe, zu wackelnden Blättern, zur Katze, und sprich darüber: „Du siehst die Blätter wackeln, oder?“ Mitzugehen mit dem, was dein Baby fesselt, sagt: Ich sehe, was du siehst. Das ist feinfühliges Reagieren im Kleinen. Es wirkt, wenn dein Baby länger hinschaut und dann zu dir, als wollte es das mit dir teilen.

cheer-the-small-things =
    .title = Freu dich über kleine Dinge
    .body = Lob dein Baby heute begeistert bei jedem Versuch: das Köpfchen heben, ein neuer Laut, ein Griff nach dem Spielzeug. „Wow, das hast du selbst gemacht!“ Dein frohes Gesicht lässt dein Baby spüren, dass das, was es tut, für dich zählt. Es geht um deine Freude, nicht darum, was dein Baby schon kann.

eyes-on-each-other-during-a-feed =
    .title = Blickkontakt beim Füttern
    .body = Leg heute bei einer Mahlzeit dein Handy weg und schau dein Baby in Ruhe an. Sag leise etwas oder summ eine Melodie. Sucht dein Baby deinen Blick, halt ihn fest; schaut es weg, ist das auch gut. Solche Momente des Einander-Anschauens sind die Bausteine eurer Bindung. Aus der Nähe, etwa so weit wie dein Gesicht beim Trinken, sieht dein Baby dich am besten.

a-song-with-their-name =
    .title = Ein Lied mit dem Namen deines Babys
    .body = Erfinde heute ein einfaches Lied mit dem Namen deines Babys darin, zum Beispiel auf die Melodie von „Alle meine Entchen“. Sing es beim Anziehen oder unterwegs mit dem Kinderwagen. Dein Baby hört seinen Namen oft und fröhlich, und euer Lied wird etwas, das euch gehört. Zwei Sprachen zu Hause? Dann sing es in der Sprache deines Herzens.

finger-rhyme-on-toes =
    .title = Ein Fingerspiel mit den Zehen
    .body = Spiel heute ein Fingerspiel wie „Das ist der Daumen“ und berühr dabei nacheinander die Fingerchen oder Zehen, am Ende mit einem sanften Kitzeln. Reime mit Berührung verbinden Rhythmus, deine Stimme und deine Hände: drei Dinge, die Babys lieben. Frag doch Oma oder Opa nach einem Vers aus ihrer Kindheit.

an-extra-cuddle-minute =
    .title = Eine Extraminute Kuscheln
    .body = Nimm dir heute nach einem Nickerchen eine Minute extra, um dein Baby einfach zu halten, ohne dass etwas sein muss. Kuscheln setzt Oxytocin frei, einen Stoff, der eure Bindung stärkt, und es lässt dein Baby spüren, dass es willkommen ist. An einem vollen Tag tut es auch dir gut. Eine Viertelstunde geht auch, wenn der Tag es zulässt.

face-to-face-on-the-floor =
    .title = Auf dem Bauch, Auge in Auge
    .body = Leg dich heute flach auf den Boden, wenn dein Baby in Bauchlage übt, mit deinem Gesicht auf seiner Höhe. Lächle, zieh die Augenbrauen hoch, sprich leise. Dein Gesicht ganz nah macht die harte Arbeit, das Köpfchen zu heben, viel lustiger. Ein paar Minuten reichen; Bauchlage nur, wenn dein Baby wach ist und du dabei bist.

glad-you-are-here =
    .title = Zeig deinem Baby, dass du dich über es freust
    .body = Sag heute einfach mal zwischendurch, mit deinem Gesicht ganz nah: „Wie schön, dass du da bist.“ Dein Baby versteht die Worte nicht, spürt aber deinen warmen Blick und deinen frohen Ton. Gerade in solchen kleinen, alltäglichen Momenten entdeckt dein Baby, dass es gesehen wird und willkommen ist. Der Moment, in dem du dein Baby aus Autositz oder Kinderwagen hebst, eignet sich gut dafür.

another-carer-takes-the-bath =
    .title = Lass jemand anderen das Baden übernehmen
    .body = Lass heute jemanden, der oft bei deinem Baby ist, es baden, während du dabei bist: deine Partnerin oder deinen Partner, falls es jemanden gibt, Oma, Opa oder einen festen Babysitter. Ein Baby kann sich auch an andere vertraute Erwachsene binden, und das macht es später leichter, wenn du mal weg bist. Du merkst es, wenn dein Baby die andere Person anlächelt und sich auch von ihr trösten lässt.

picking-up-does-not-spoil =
    .title = Hochnehmen verwöhnt nicht
    .body = Hörst du heute „Lass es schreien, sonst verwöhnst du es“? Bei einem jungen Baby darfst du das getrost beiseitelegen und einfach trösten. Dein Baby weint nicht aus Gewohnheit, sondern weil es etwas braucht, und wer immer wieder Antwort bekommt, lernt: Rufen lohnt sich. Sprich das mit allen ab, die mit betreuen. Sich selbst beruhigen lernt dein Baby viel später, gerade dank deiner Hilfe jetzt.

only-you-will-do-now =
    .title = Nur du bist richtig? Das ist die Bindung
    .body = Protestiert dein Baby heute, wenn jemand anderes es dir abnimmt? In diesem Alter entscheidet sich ein Baby deutlich für die Menschen, an die es gebunden ist. Das ist kein Verwöhnen und nichts, was man abgewöhnen muss, sondern ein Zeichen, dass eure Bindung sichtbar wird. Nimm dein Baby kurz zurück, beruhige es und gib ihm Zeit.

not-the-favourite-right-now =
    .title = Gerade nicht der Liebling?
    .body = Will dein Baby heute nur zu dieser einen Bezugsperson und nicht zu dir? Das kann wehtun, ist aber in diesem Alter ganz normal: Die Vorliebe für einen vertrauten Menschen wird stärker. Bleib ruhig und freundlich in der Nähe und mach kleine feste Dinge mit deinem Baby, wie Baden oder ein Lied. Diese Vorliebe wechselt oft wieder; dein Platz bleibt.

let-strangers-warm-up-slowly =
    .title = Lass Fremde langsam warm werden
    .body = Kommt heute Besuch, den dein Baby selten sieht, oder will auf einem Geburtstag jeder dein Baby mal halten? Behalt es erst auf deinem Schoß und bitte freundlich, dass die andere Person zuerst mit dir redet und ruhig lächelt: „Wir schauen erst mal von hier.“ Fremdeln ist ab etwa sechs bis neun Monaten ganz normal; dein Baby prüft bei dir, ob es sicher ist. Dein Baby bestimmt das Tempo.

a-short-goodbye-ritual =
    .title = Ein kurzes, festes Abschiedsritual
    .body = Bringst du dein Baby heute in die Kita oder zum Babysitter? Halte den Abschied kurz und jedes Mal gleich: kuscheln, „Tschüss, ich komme nach dem Obst wieder“, am Fenster winken, dann wirklich gehen. Heimlich verschwinden ist verlockend, macht ein Baby aber unsicherer. Tränen dürfen sein; oft tröstet die vertraute Betreuungsperson dein Baby schnell.

peekaboo-with-a-cloth =
    .title = Kuckuck mit einem Tuch
    .body = Leg dir heute ein dünnes Tuch über den eigenen Kopf, warte kurz und zieh es weg: „Kuckuck!“ Und dann noch mal, und noch mal. Dein Baby entdeckt, dass du zurückkommst, wenn du kurz weg bist, und dass Weggehen und Wiederkommen sogar ein Spiel sein kann. Die atemlose Stille, kurz bevor du auftauchst, gehört dazu: Spannung mit gutem Ausgang.

let-them-pull-the-cloth =
    .title = Lass dein Baby das Tuch wegziehen
    .body = Spiel heute Kuckuck, aber lass dein Baby das Tuch selbst von deinem Gesicht ziehen, oder leg das Tuch leicht über sein Köpfchen: „Wo bist du? Da bist du ja!“ Selbst für das Ende zu sorgen gibt deinem Baby das Gefühl, etwas bewirken zu können. Du merkst es, wenn dein Baby dir das Tuch zurückgibt oder sich selbst versteckt: noch mal!

peekaboo-while-dressing =
    .title = Kuckuck beim Anziehen
    .body = Ziehst du deinem Baby heute einen Pulli über den Kopf, mach ein Spiel daraus: „Wo ist dein Gesicht? Kuckuck!“ So wird ein Moment, den viele Babys nicht mögen, zu einem vorhersehbaren Spaß. Kurz nichts sehen und dich dann wiederfinden ist für dein Baby jedes Mal eine kleine Beruhigung. Hat dein Baby heute keine Lust, darf der Pulli auch einfach schnell drüber.

keep-the-circle-small =
    .title = Halte den Kreis klein und vertraut
    .body = Schau heute einmal, wer alles für dein Baby sorgt. Ein Baby bindet sich an ein paar Menschen, die oft in der Nähe sind, also funktioniert eine kleine, feste Gruppe besser als viele wechselnde Gesichter. Bei Kita oder Babysitter gilt: lieber immer dieselbe Person oder feste Tage. Ein neuer Babysitter? Lass ihn zuerst einmal kommen, während du zu Hause bist.

settle-in-step-by-step =
    .title = Schritt für Schritt in der Kita ankommen
    .body = Kommt dein Baby bald in die Kita oder zu einem neuen Babysitter? Plan ein paar kurze Eingewöhnungszeiten: erst eine Stunde gemeinsam, dann kurz ohne dich, dann länger. So lernt dein Baby die neue Bezugsperson in kleinen Schritten kennen, während du noch der vertraute Anker bist. Frag ruhig nach einer festen Bezugsperson dort. Manche brauchen eine Woche, manche einen Monat; beides ist normal.

share-your-comfort-secrets =
    .title = Teile deine Trostgeheimnisse
    .body = Schreib heute für Babysitter, Großeltern oder Kita auf, wie ihr euer Baby tröstet und in den Schlaf bringt: welches Lied, welche Art zu wiegen, welche Worte. Ein vertrautes Kuscheltier ist schön zum Trösten am Tag, kommt aber bis zum ersten Geburtstag nicht mit ins Bett. Reagiert jemand anders genauso, erkennt dein Baby das wieder und fühlt sich schneller sicher.

a-regular-day-with-someone-else =
    .title = Ein fester Termin mit Oma, Opa oder jemand anderem
    .body = Vereinbare heute mit einer Oma, einem Opa, einer Nachbarin oder einem guten Freund, dass sie dein Baby öfter sehen, am besten fest, etwa jeden Mittwoch. Ein Baby kann sich auch an andere Erwachsene binden, die regelmäßig und liebevoll da sind, und das ist ein schönes Geschenk für später. Und für dich ist es gleich eine Verschnaufpause.

a-bond-with-the-childcare-worker =
    .title = Eine Bindung zur Kita ist eine gute Nachricht
    .body = Streckt dein Baby heute die Ärmchen nach der Erzieherin oder dem Erzieher in der Kita aus? Das kann kurz einen Stich geben, ist aber eine gute Nachricht: Dein Baby fühlt sich dort sicher. Dein Platz bleibt einzigartig; ein Kind kann sich an mehrere Menschen binden, ohne dass die Bindung zu dir kleiner wird. Sag es ruhig der Fachkraft: „Schön zu sehen, wie vertraut es hier ist.“

you-on-the-floor-them-exploring =
    .title = Du auf dem Boden, dein Baby auf Entdeckungstour
    .body = Setz dich heute auf den Boden, während dein Baby spielt, rollt oder wegkrabbelt, und bleib einfach dort, ruhig und sichtbar. Dein Baby traut sich weiter zu entdecken, weil du der vertraute Ausgangspunkt bist. Du musst nicht mitspielen; da sein reicht. Eine Tasse Tee dazu ist erlaubt; du musst nur bleiben.

say-what-they-feel =
    .title = Sag, was dein Baby fühlt
    .body = Sag heute laut, was dein Baby wohl fühlt: „Du hast dich vor dem lauten Geräusch erschreckt, oder?“ oder „Du bist wütend, du wolltest den Baustein haben.“ Dein Baby versteht die Worte noch nicht, merkt aber an deinem Ton, dass du siehst, was in ihm vorgeht. So wächst das Gefühl: Was ich fühle, darf sein. Daneben geraten? Kein Problem, dein Baby spürt vor allem, dass du es versuchst.

wonder-aloud-what-they-think =
    .title = Frag dich laut, was dein Baby denkt
    .body = Siehst du dein Baby heute gebannt auf etwas schauen, dann sag, was wohl in seinem Köpfchen vorgeht: „Was ist das für ein Ding, was meinst du? Das willst du bestimmt greifen, oder?“ Indem du dich in dein Baby hineinversetzt und es aussprichst, lernst du es immer besser kennen. Ob du richtig liegst, ist weniger wichtig, als dass du es versuchst.

a-day-you-can-predict =
    .title = Ein Tagesrhythmus, den man vorhersehen kann
    .body = Schreib heute einmal auf, wie euer Tag ungefähr abläuft: aufwachen, essen, schlafen, rausgehen, baden. Versuch, diesen Rhythmus in der kommenden Woche ungefähr beizubehalten, auch wenn jemand anderes auf dein Baby aufpasst. Ein erkennbarer Tag macht die Welt überschaubar und dadurch sicher. Ein Urlaub oder ein Besuch bei der Familie bringt es kurz durcheinander; danach kommt der Rhythmus zurück.

hide-a-toy-under-a-cloth =
    .title = Ein Spielzeug unter einem Tuch verstecken
    .body = Versteck heute, während dein Baby zuschaut, ein Spielzeug halb unter einem Tuch und frag: „Wo ist der Ball?“ Lass dein Baby suchen und jubel, wenn es ihn findet. So entdeckt dein Baby, dass Dinge, und Menschen, weiter da sind, wenn sie kurz nicht zu sehen sind. Dadurch wird auch dein Weggehen etwas verständlicher. Will dein Baby noch mal? Genau darum geht es.

tears-at-goodbye-are-no-failure =
    .title = Tränen beim Abschied sind kein Versagen
    .body = Weint dein Baby heute, wenn du gehst, in der Kita oder bei den Großeltern? In diesem Alter ist das ganz normal: Dein Baby versteht, dass du weg bist, aber noch nicht richtig, dass du wiederkommst. Das sagt etwas Schönes über eure Bindung, nicht etwas Schlechtes über dich. Verabschiede dich freundlich und vertrau der Betreuung. Ruf ruhig etwas später an oder schreib, um zu hören, wie es läuft.

clap-your-hands-song =
    .title = Backe, backe Kuchen
    .body = Sing heute „Backe, backe Kuchen“ und klatsch mit deinem Baby: erst mit deinen Händen um die deines Babys, später vielleicht allein. Lieder mit festen Bewegungen werden zu einem vertrauten Spiel, das dein Baby auch bei Großeltern oder Babysitter wiederfinden kann. So nimmst du etwas von zu Hause mit an andere Orte. Auch im Wartezimmer macht das Lied das Warten kürzer.

there-at-night-too =
    .title = Auch nachts bist du da
    .body = Wird dein Baby heute Nacht öfter wach als früher? In diesem Alter passiert das oft, auch weil dein Baby besser merkt, dass du manchmal nicht da bist. Geh nachschauen, leg eine Hand auf dein Baby und sag leise: „Ich bin hier.“ Das bestätigt immer wieder: Wenn ich rufe, kommt jemand. Es wirkt, wenn dein Baby schneller wieder einschläft. Bist du völlig erledigt? Wechsle dich ab, wenn das geht.

only-you-will-do-take-a-break-anyway =
    .title = Nur du bist richtig? Mach trotzdem Pause
    .body = Will dein Baby nur bei dir sein und macht dich das müde? Sehr verständlich. Plan trotzdem kleine Pausen: Lass jemanden, dem du vertraust, mit deinem Baby eine Runde drehen, oder dusch zehn Minuten, während jemand anderes aufpasst. Wer ausgeruht ist, hat mehr Geduld, und dein Baby lernt, dass die andere Person auch sicher ist.

safe-seen-soothed =
    .title = Sicher, gesehen, getröstet
    .body = Halt heute Abend kurz inne und schau auf den Tag. War dein Baby sicher? Wurde es gesehen, und sei es nur in ein paar Blicken? Wurde es getröstet, als es nötig war? Kannst du meistens „ja, so ungefähr“ sagen, dann wächst in deinem Baby ein Gefühl von Sicherheit. Perfekt muss es nicht sein.

point-and-name =
    .title = Zeig und benenne
    .body = Zeig heute ein paarmal auf etwas und benenne es: „Schau, die Katze!“ Schau danach dein Baby an und dann wieder die Katze. In diesem Alter beginnt dein Baby zu verstehen, dass dein Finger auf etwas zeigt, und gemeinsam auf dasselbe zu schauen ist eine neue Art von Kontakt. Zeigt dein Baby selbst auf etwas? Dann benenn es gleich: „Ja, ein Vogel!“

cuddles-for-a-busy-explorer =
    .title = Kuscheln bleibt wichtig
    .body = Jetzt, wo dein Baby sich mehr bewegt und entdecken will, kommt langes Kuscheln vielleicht zu kurz. Schaff heute bewusst ein paar ruhige Momente: zusammen auf dem Sofa nach dem Essen, eng an dich gekuschelt vor dem Schlafen. Berührung nährt eure Bindung weiter, auch jetzt, wo dein Baby größer wird. Du merkst es, wenn dein Baby sich von selbst an dich kuschelt oder den Kopf auf deine Schulter legt.

name-the-fall =
    .title = Sag, was du siehst, nach einem Sturz
    .body = Fällt dein Kind heute hin, geh kurz auf Augenhöhe und sag, was passiert ist: „Bumm, du bist aufs Knie gefallen. Da hast du dich erschreckt, oder?“ Worte für ein Gefühl helfen deinem Kind zu verstehen, was in ihm passiert. Mach es nicht größer oder kleiner, als es war; genau benennen reicht.

be-the-fixed-point =
    .title = Sei heute der feste Punkt
    .body = Setz dich heute auf dem Spielplatz auf eine Bank oder zu Hause an einen festen Platz, gut sichtbar, und bleib dort. Dein Kind zieht los, schaut zurück und kommt kurz für ein Streicheln oder ein Zwinkern wieder. Gib es kurz und lass es wieder gehen: Das ist Auftanken. Wer weiß, dass du sitzen bleibst, traut sich weiter. Nach ein paar Runden werden die Ausflüge oft von selbst länger.

open-arms-first =
    .title = Erst offene Arme, Fragen später
    .body = Krabbelt oder tapst dein Baby heute weinend zu dir, nach einem Schreck, einem lauten Knall oder einem kleinen Sturz? Öffne zuerst einfach deine Arme und fang es auf, ohne Fragen oder Erklärungen; sagen, dass nichts war, musst du auch nicht. Ein sicherer Hafen zum Durchatmen macht es danach leichter, wieder loszuziehen. Oft rutscht dein Baby nach einer Weile von selbst vom Schoß.

count-to-ten-before-helping =
    .title = Zähl bis zehn, bevor du hilfst
    .body = Siehst du dein Kind heute mit einem Baustein, einem Deckel oder einem Schuh kämpfen, dann zähl in Ruhe bis zehn, bevor du hilfst. So bekommt dein Kind die Chance, selbst etwas herauszufinden, mit dir in der Nähe als Sicherheitsnetz. Du siehst es an diesem stolzen Blick, wenn es klappt, oder an einem Händchen, das dich dazuholt, wenn es wirklich nicht geht.

choice-of-two =
    .title = Lass dein Kind zwischen zwei Dingen wählen
    .body = Lass dein Kind heute ein paarmal zwischen zwei Dingen wählen: der rote oder der blaue Becher, erst die Hose oder erst der Pulli. So eine kleine Wahl lässt dein Kind spüren, dass es zählt, was es selbst will. Du merkst es an etwas weniger Kampf beim Anziehen oder daran, wie entschieden dein Kind auf eins von beiden zeigt.

repair-after-snapping =
    .title = Die Nerven verloren? Mach es wieder gut
    .body = Hast du heute die Nerven verloren, setz dich neben dein Kind, sobald du selbst etwas ruhiger bist, und sag: „Ich bin gerade sehr wütend geworden. Da hast du dich erschreckt, oder? Es tut mir leid.“ Nach einem Krach wieder gutmachen stärkt die Bindung mehr, als nie Krach zu haben. Dein Kind muss es nicht einmal verstehen; es spürt, dass es wieder gut ist.

one-line-for-the-carer =
    .title = Gib der Kita einen Satz mit
    .body = Erzähl beim Bringen der Erzieherin, dem Erzieher oder dem Babysitter eine Sache: „Hat schlecht geschlafen“ oder „Ist total verrückt nach Zügen.“ Frag beim Abholen auch nach einer Sache. So läuft ein Faden zwischen Zuhause und dem anderen Ort, und der Tag wird für dein Kind eher zu einem Ganzen. Ist an der Tür keine Zeit, geht auch ein Heft oder die Kita-App.

a-ritual-with-another-carer =
    .title = Gönn einer anderen Bezugsperson ein eigenes Ritual
    .body = Lass eine Oma, einen Opa, den Babysitter oder eine andere feste Bezugsperson etwas Eigenes mit deinem Kind haben: ein bestimmtes Lied, zusammen Enten füttern, auf dem Schoß „Zeitung lesen“. Dein Kind kann mit mehreren vertrauten Erwachsenen eine echte Bindung aufbauen, und dir nimmt das nichts weg. Du merkst es, wenn dein Kind schon strahlt oder winkt, sobald diese Person hereinkommt.

five-minutes-at-pickup =
    .title = Fünf Minuten zusammen nach dem Abholen
    .body = Weint dein Kind beim Abholen oder tut es so, als wärst du Luft? Das ist ganz normal: Bei dir darf die Anspannung des Tages endlich raus. Nimm dir nach dem Wiedersehen fünf Minuten nur für euch beide, auf dem Sofa oder draußen auf einer Bank, bevor du mit Einkaufen oder Kochen anfängst. Erst ein bisschen böse oder still? Bleib freundlich in der Nähe; der Kontakt kommt von allein.

peekaboo-behind-the-door =
    .title = Kuckuck hinter der Tür
    .body = Mach das Kuckuckspiel heute eine Stufe größer: Versteck dich halb hinter einer Tür oder dem Sofa, ruf leise den Namen deines Kindes und komm dann lachend hervor. So wird Weggehen und Wiederkommen zu einem Spiel, an dem dein Kind selbst Freude hat. Schaut dein Kind ängstlich, komm etwas schneller hervor; es soll ein Spiel bleiben.

toddler-hides-you-seek =
    .title = Lass dein Kind sich verstecken
    .body = Kleinkinder verstecken sich gern, auch wenn ihre Füße oft unter dem Vorhang hervorschauen. Such laut und ein bisschen langsam: „Ist es unter dem Tisch? Nein … hinter dem Stuhl?“ So bestimmt dein Kind selbst, wann es weg ist und wann es gefunden wird. Du siehst, dass es wirkt, wenn dein Kind kichernd hervorspringt und sofort noch mal will.

favourite-book-again =
    .title = Lies das Lieblingsbuch noch einmal
    .body = Holt dein Kind heute wieder dasselbe Buch, dann lies es ruhig zum zwanzigsten Mal vor. Halt ab und zu kurz vor einem bekannten Wort inne und lass dein Kind ergänzen oder zeigen. Wiederholung fühlt sich für ein kleines Kind sicher an, weil es weiß, was kommt. Für dich ist es das zwanzigste Mal, für dein Kind jedes Mal ein Fest.

feelings-in-picture-books =
    .title = Such die Gefühle im Bilderbuch
    .body = Schau beim Vorlesen mit deinem Kind auf die Gesichter im Buch: „Schau, der Hase weint. Er hat sein Kuscheltier verloren.“ So lernt dein Kind Wörter für Gefühle kennen, in einem ruhigen, sicheren Moment auf deinem Schoß. Du siehst, dass es wirkt, wenn dein Kind selbst auf ein fröhliches oder wütendes Gesicht zeigt oder das Weingeräusch nachmacht.

warn-before-a-change =
    .title = Kündige einen Wechsel vorher an
    .body = Sag heute vor jedem Wechsel kurz, was gleich kommt: „Noch einmal rutschen, dann gehen wir nach Hause.“ Ein Zeichen vorher gibt deinem Kind Zeit loszulassen, statt überrumpelt zu werden. Du merkst, dass es wirkt, wenn das Aufhören mit dem Spielen etwas leichter geht. Protest darf trotzdem sein, der gehört dazu.

name-the-anger =
    .title = Gib der Wut einen Namen
    .body = Bekommt dein Kleinkind heute einen Wutanfall, bleib in der Nähe und sag kurz, was du siehst: „Du bist so wütend. Du wolltest noch einen Keks.“ Du musst den Keks nicht geben, um das Gefühl ernst zu nehmen. Ein Gefühl mit einem Namen ist für ein kleines Kind weniger überwältigend. Halte deine Worte kurz; während des Sturms zählt deine ruhige Nähe mehr als Erklärungen.

your-face-says-its-safe =
    .title = Zeig mit deinem Gesicht, dass es sicher ist
    .body = Zögert dein Kind bei etwas Neuem, etwa einem Hund oder einem fremden Menschen, schaut es oft zuerst in dein Gesicht. Schenk ihm einen ruhigen, freundlichen Blick und sag: „Das ist der Hund von den Nachbarn, der ist lieb.“ Dein Gesicht ist für dein Kind wie ein Kompass in einer unbekannten Lage. Ist es deinem Baby noch zu aufregend, darf es auch von deinem Schoß aus schauen.

little-helper =
    .title = Lass dein Kind mithelfen
    .body = Gib deinem Kind heute eine Aufgabe, die zu einem Kleinkind passt: die Löffel zum Tisch bringen, Socken in die Waschmaschine werfen, die Tür für dich aufdrücken. Es geht langsamer und chaotischer, und das ist völlig in Ordnung. Mitmachen lässt dein Kind spüren, dass es etwas kann und dazugehört. Such Aufgaben ohne scharfe Kanten oder heiße Töpfe aus, dann kannst du entspannt zuschauen.

spills-are-practice =
    .title = Ein Missgeschick ist einfach Üben
    .body = Verschüttet dein Kind heute beim Selbsteinschenken etwas, oder fällt der Turm um? Sag locker: „Hoppla, das ist übergelaufen. Holst du ein Tuch?“ Fehler gehören zum Lernen, und ein Kind, das ohne Scham scheitern darf, probiert es weiter. Leg ein Tuch in Reichweite; dann gehört das Aufwischen einfach zum Spiel.

cheer-the-trying =
    .title = Jubel fürs Probieren
    .body = Probiert dein Kind heute etwas, das Mut braucht, etwa eine Stufe hochzuklettern, dann bleib in der Nähe und benenne die Mühe: „Du gibst echt nicht auf!“ Kinder, die wissen, dass jemand sie auffängt, trauen sich mehr und stecken Rückschläge besser weg. Danach darf es eine Umarmung geben, ob es geklappt hat oder nicht.

take-small-fears-seriously =
    .title = Nimm eine kleine Angst ernst
    .body = Erschrickt dein Kind heute vor dem Staubsauger, dem Föhn oder einem bellenden Hund? Sag lieber „Das war ein lautes Geräusch, oder? Da hast du dich erschreckt“ als „Da ist doch nichts“. Wird eine Angst anerkannt, muss dein Kind nicht lauter weinen, um gehört zu werden. Will dein Kind es danach wissen, schaut euch gemeinsam an, wie der Staubsauger funktioniert.

lend-your-calm =
    .title = Leih deinem Kind deine Ruhe
    .body = Weint oder tobt dein Kind heute, im Autositz, in der Wanne oder nachts, und steigt deine Anspannung? Atme zuerst dreimal lang aus, lass die Schultern sinken, komm nah und sprich leiser und langsamer als sonst. Ein kleines Kind kann große Gefühle noch nicht allein bremsen und leiht sich deine Ruhe: deinen Atem, deinen Herzschlag, deine Stimme. So lernt es später, sich selbst zu beruhigen.

stop-the-hit-not-the-feeling =
    .title = Stopp den Schlag, nicht das Gefühl
    .body = Schlägt oder beißt dein Kind heute aus Frust, halt ruhig die Hand fest und sag: „Ich lasse nicht zu, dass du haust. Du bist wütend, weil dir jemand die Schaufel weggenommen hat.“ Grenze und Verständnis passen gut zusammen, denn hinter schwierigem Verhalten steckt fast immer ein Gefühl, das gesehen werden will. Du siehst, dass es wirkt, wenn dein Kind danach zu dir kommt, statt weiterzukämpfen.

narrate-what-you-do-together =
    .title = Erzähl, was du tust, mit deinem Baby dabei
    .body = Setz dein Baby heute beim Kochen in den Hochstuhl neben dich und sprich wie ein ruhiger Reporter: „Ich schneide den Apfel. Schau, die Schale kommt in den Eimer. Willst du den Löffel halten?“ So hört dein Baby viele Wörter genau dann, wenn es sieht, was sie bedeuten, und gehört einfach dazu. Brote schmieren oder Wäsche falten geht genauso gut.

mirror-faces =
    .title = Grimassen vor dem Spiegel
    .body = Setzt euch zusammen vor den Spiegel und zieht übertriebene Grimassen: überrascht, froh, wütend, traurig. Sag dazu, was du tust: „Schau, jetzt bin ich wütend! Und jetzt wieder froh.“ Ein Baby schaut vor allem gebannt und lacht vielleicht; ein Kleinkind macht dich nach. So lernt dein Kind spielerisch, wie Gefühle aussehen. Sich selbst im Spiegel erkennt es erst mit etwa anderthalb bis zwei Jahren.

rough-and-tumble-stop =
    .title = Toben, und aufhören bei „Stopp“
    .body = Tob oder kitzel heute ein bisschen auf dem Bett oder dem Sofa, und hör sofort auf, wenn dein Kind „Stopp“ sagt, dich wegschiebt oder sich wegdreht. Warte dann, bis es von selbst weitermachen will. Zusammen lachen und sich berühren stärkt die Bindung, und dein Kind lernt, dass es über seinen eigenen Körper bestimmen darf. Du merkst es, wenn dein Kind wieder zu dir krabbelt, um weiterzumachen.

morning-cuddle =
    .title = Ein Kuschelmoment beim Aufstehen
    .body = Beginn den Tag mit ein paar Minuten Kuscheln, bevor ihr aufsteht: zusammen unter einer Decke oder dein Kind kurz an dich gekuschelt auf dem Sofa. Ruhige Berührung setzt im Körper Oxytocin frei, einen Stoff, der eure Bindung stärkt. An einem hektischen Morgen reicht auch eine Minute unter der Decke.

ten-minutes-following =
    .title = Zehn Minuten im Spiel folgen
    .body = Spiel heute zehn Minuten, in denen dein Baby bestimmt. Klopft es mit dem Löffel auf den Tisch, mach es nach; wirft es etwas auf den Boden, heb es auf und gib es zurück. Sag, was du siehst, und lass „richtig spielen“ oder Beibringen mal los. Folgen statt lenken zeigt deinem Baby, dass zählt, was es selbst spannend findet. Zehn Minuten reichen; der Abwasch kann warten.

answer-every-look =
    .title = Reagiere auf jedes „Schau mal!“
    .body = Achte heute auf die kleinen Einladungen deines Kindes: ein zeigender Finger, ein „Schau!“, ein Steinchen, das es dir in die Hand drückt. Reagiere, und sei es nur kurz: „Wow, ein Steinchen! Für mich?“ Solche kleinen Antworten sagen deinem Kind, dass es sich lohnt, Kontakt zu suchen. Du merkst es, wenn dein Kind dir öfter etwas zeigt und dabei gespannt auf deine Reaktion wartet.

say-when-you-leave-the-room =
    .title = Sag Bescheid, wenn du kurz rausgehst
    .body = Gehst du heute kurz in die Küche oder aufs Klo, sag kurz: „Ich geh kurz in die Küche, ich bin gleich zurück.“ Und komm dann auch wirklich zurück, mit einem fröhlichen „Da bin ich wieder!“ Kleine Abschiede, die gut ausgehen, lehren dein Kind, dass du zurückkommst, wenn du gehst. Sprich oder sing einfach weiter, während du hinausgehst, dann bleibt deine Stimme im Raum.

show-me-again =
    .title = „Ich versteh es noch nicht, zeig es mir noch mal“
    .body = Wird dein Kind heute frustriert, weil du nicht verstehst, was es will? Sag ehrlich: „Ich versteh es noch nicht. Zeigst du es mir?“ und geh mit. Sich mal zu verpassen ist ganz normal, und gemeinsam neu herauszufinden, was gemeint war, macht die Bindung sogar stärker. So lernt dein Kind auch: Wenn mich jemand nicht versteht, finden wir es zusammen heraus.

reconnect-after-no =
    .title = Nach einem „Nein“ wieder zueinanderfinden
    .body = Hast du heute „Nein“ gesagt und war dein Kind todtraurig? Bleib bei deinem Nein, aber such ein paar Minuten später wieder Kontakt: einen Arm um dein Kind und „Das fandest du doof, oder? Ich bin noch da.“ Grenze und warme Bindung passen gut zusammen, solange danach wieder Verbindung kommt. Du musst dein Nein nicht erklären oder rechtfertigen; der Kontakt danach sagt genug.

walk-at-toddler-pace =
    .title = Spazier im Kleinkindtempo
    .body = Mach heute eine kurze Runde, bei der dein Kind das Tempo bestimmt. Bleib bei jedem Steinchen, jeder Schnecke und jedem Gullydeckel stehen und schau wirklich mit: „Was hast du gefunden?“ Wenn du langsamer wirst und dich dem Tempo deines Kindes anpasst, fühlt es sich gesehen in dem, was es spannend findet. Du merkst es, wenn dein Kind dich an der Hand zur nächsten Entdeckung zieht.

echo-and-add-a-word =
    .title = Wiederhol das Wort und mach es größer
    .body = Sagt dein Kind heute ein Wort oder einen Laut, etwa „Auto“ oder „bäh“, dann wiederhol es fröhlich und mach etwas mehr daraus: „Ja, ein Auto! Ein blaues Auto.“ So hört dein Kind, dass du zuhörst, und bekommt ein kleines Stück mehr Sprache zurück. Sprecht ihr zu Hause zwei Sprachen? Gib das Wort ruhig in deiner Sprache zurück.

a-piece-of-home =
    .title = Gib ein Stück Zuhause mit
    .body = Gib deinem Baby heute etwas Vertrautes mit in die Kita oder zum Babysitter: ein kleines Kuscheltier, ein Tuch, das nach zu Hause riecht, oder ein Foto von euch. Sprecht ab, dass es tagsüber zum Spielen und Trösten griffbereit liegt. Ins Bett kommt es erst nach dem ersten Geburtstag; bis dahin schläft dein Baby auch dort auf dem Rücken im leeren Bett. So ein Stück Zuhause schlägt eine Brücke.

talk-about-other-carers =
    .title = Sprich zu Hause über die anderen Bezugspersonen
    .body = Nenn heute zu Hause den Namen der Bezugsperson in der Kita, des Babysitters oder von Oma oder Opa und schau dir vielleicht mit deinem Kind ein Foto an: „Morgen gehst du wieder zu Lotte.“ So gehören die Menschen, bei denen sich dein Kind auch sicher fühlt, zu einer vertrauten Welt. Du merkst es, wenn dein Kind beim Namen aufhorcht, auf das Foto zeigt oder den Namen selbst zu sagen versucht.

say-exactly-what-you-liked =
    .title = Sag genau, was dir gefallen hat
    .body = Lob dein Kind heute ein paarmal so, dass du genau sagst, was du gesehen hast: „Du hast deinen Schuh selbst geholt!“ oder „Wie sanft du die Katze gestreichelt hast.“ Ein konkretes Lob zeigt, dass du wirklich hingeschaut hast, mehr als ein schnelles „Gut gemacht“. Es muss nichts Großes sein: Auch „Du hast deinen Becher selbst zurückgestellt“ zählt.

tell-them-how-you-feel =
    .title = Erzähl deinem Kind, wie es dir geht
    .body = Bist du heute müde, gehetzt oder gereizt, sag es mit ruhiger Stimme und in einfachen Worten: „Ich bin ein bisschen müde, darum spreche ich leise. Es liegt nicht an dir.“ Mach alles etwas langsamer. Dein Kind spürt deine Stimmung sowieso; mit einem Namen wird sie verständlich statt verwirrend. Ist es oft so, sprich mit einer Vertrauensperson oder dem Consultatiebureau (Kinderberatungsstelle).

see-what-they-dare =
    .title = Schau, was dein Kind sich schon traut
    .body = Achte heute darauf, was dein Kind sich alles schon traut: ein neues Klettergerüst, ein anderes Kind anschauen, kurz ohne dich in einem anderen Zimmer spielen. Dieser Mut wächst aus dem Vertrauen, das ihr jeden Tag gemeinsam aufbaut. Sag es auch laut: „Du traust dich schon ganz schön viel!“ Das laut zu sagen hilft deinem Kind, sich selbst auch so zu sehen.

retell-the-day =
    .title = Erzähl den Tag beim Schlafengehen nach
    .body = Erzähl heute Abend beim Zudecken in ein paar Sätzen, wie der Tag war: „Wir waren auf dem Spielplatz. Du bist von der Treppe gefallen und hast geweint. Dann hast du eine Umarmung bekommen und bist wieder gerutscht.“ Eine Geschichte mit gutem Ende hilft deinem Kind, den Tag und die Gefühle darin zu ordnen. Es muss keine schöne Geschichte sein; drei Sätze und ein gutes Ende reichen.

comfort-the-teddy =
    .title = Tröste mit deinem Kind das Kuscheltier
    .body = Nimm heute ein Kuscheltier oder eine Puppe und lass es „hinfallen“ oder „traurig“ sein. Frag dein Kind: „Oje, der Bär weint. Was braucht der Bär?“ Im Spiel übt dein Kind das Trösten so, wie es selbst getröstet wird. Du siehst, dass es wirkt, wenn dein Kind den Bären streichelt, wiegt oder ihm ein Küsschen gibt, und vielleicht deine Trostworte benutzt.

good-enough-really-is =
    .title = Gut genug ist wirklich genug
    .body = Nenn dir heute Abend einen Moment von heute, der gut genug lief: eine Mahlzeit, eine Umarmung, ein Blick. Nicht den schönsten Moment, einfach einen ganz normalen. Dein Kind braucht niemanden, der perfekt ist, sondern jemanden, der oft genug da ist und nach einem Patzer zurückkommt. Schreib es ruhig auf; an einem schweren Tag ist so ein Zettel Gold wert.

missed-it-come-back =
    .title = Etwas verpasst? Komm einfach zurück
    .body = Hast du heute ein Signal verpasst, weil du unter der Dusche standest, gekocht hast oder es einfach nicht gesehen hast? Dann geh zu deinem Kind, such Blickkontakt und sag leise: „Hier bin ich.“ Sich zu verpassen passiert in jeder Beziehung oft; gerade das Zurückkommen baut Vertrauen auf. Ein einfaches „Entschuldige, jetzt bin ich da“ genügt, auch bei einem Baby, das die Worte noch nicht versteht.

one-moment-without-the-phone =
    .title = Ein Moment ohne Handy
    .body = Wähl heute einen festen Moment, etwa das Füttern, das Baden oder das Essen am Tisch, und leg dein Handy so lange in ein anderes Zimmer. Dein Kind spürt den Unterschied zwischen jemandem, der in der Nähe ist, und jemandem, der wirklich da ist. Es muss nicht den ganzen Tag sein; dieser eine Moment zählt.

four-s-as-a-compass =
    .title = Die vier S als Kompass
    .body = Denk in einem schwierigen Moment heute an die vier S von Siegel: Safe (sicher), Seen (gesehen), Soothed (getröstet), und zusammen machen sie dein Kind Secure (geborgen). Frag dich nur eins: Welches der ersten drei kann ich jetzt geben? So eine Frage hilft dir durch das Chaos zum nächsten Schritt. Am Impftag zum Beispiel: nah halten (sicher), sagen, dass es wehtat (gesehen), wiegen (getröstet).

safe-comes-first =
    .title = Erst sicher, dann der Rest
    .body = Ist dein Kind heute außer sich, sorg zuerst dafür, dass es sich sicher fühlt: hochnehmen oder nah herankommen, weg vom Lärm, deine Stimme tief und ruhig. Erklären, lösen und aufräumen kommen danach, denn ohne dieses Gefühl von Sicherheit, das erste der vier S von Siegel, kann ein Kind kaum etwas anderes aufnehmen. Deine Worte dürfen warten; deine Arme können sofort da sein.

your-own-soothing-signature =
    .title = Finde deine feste Trostgeste
    .body = Such dir eine Art zu trösten aus, die zu dir passt, und nutze sie heute jedes Mal, zum Beispiel: dein Kind aufrecht an der Schulter, ein leises „Schhh“, langsames Wiegen, immer dieselben Worte. Getröstet werden, das „Soothed“ in Siegels vier S, geht schneller, wenn die Geste vertraut ist, weil der Körper deines Kindes sie erkennt. Stück für Stück lernt es so, wie Ruhigwerden sich anfühlt.

look-behind-the-behaviour =
    .title = Schau hinter das Verhalten
    .body = Weint, quengelt oder schmollt dein Kind heute ohne klaren Grund? Dann frag dich kurz, was dahinterstecken könnte: müde, hungrig, zu viel Trubel oder einfach dich vermissen. Du musst nicht gleich richtig raten, denn ein Kind, das merkt, dass jemand wirklich verstehen will, was los ist, fühlt sich gesehen. An einem Zahntag oder nach einer Impfung steckt oft mehr dahinter, als du denkst.

light-up-when-you-meet =
    .title = Strahle, wenn du dein Kind wiedersiehst
    .body = Lass heute bei jedem Wiedersehen, nach einem Nickerchen oder wenn du nach Hause kommst, wirklich auf deinem Gesicht sehen, dass du dich freust: Augen, die aufleuchten, ein warmes „Hey, da bist du ja!“ So spürt dein Kind ohne Worte, dass es willkommen ist, genau so, wie es ist. Du merkst es an einem Lächeln zurück, strampelnden Beinchen oder Armen, die sich nach dir ausstrecken.

cross-one-thing-off =
    .title = Streich heute eine Sache
    .body = Schau auf deine Liste für heute und streich eine Sache, die gut liegen bleiben kann: die Wäsche, das Staubsaugen, diese eine Mail. Nutze die Zeit zum Sitzen, Essen oder Schlafen. Stress und Müdigkeit machen es jedem schwerer, ruhig und feinfühlig zu reagieren; dich zu entlasten ist also auch Fürsorge für dein Kind. Morgen gibt es wieder eine Liste, und das ist in Ordnung.

worries-shared =
    .title = Sorgen musst du nicht allein tragen
    .body = Lasten Sorgen auf dir, wegen Geld, Arbeit, deiner Beziehung oder deiner Gesundheit? Sprich sie beim nächsten Besuch im Consultatiebureau oder in der Hausarztpraxis an; dort kann man mit dir überlegen, welche Hilfe passt. Anhaltende Sorgen machen es schwer, auch noch für dein Kind da zu sein; sie anzugehen gehört zu guter Fürsorge. Geldsorgen sind keine Schande; oft gibt es mehr Hilfe als gedacht.

half-an-hour-for-you =
    .title = Eine halbe Stunde für dich
    .body = Bitte heute jemanden, dem du vertraust, eine halbe Stunde für dein Kind zu sorgen: deine Partnerin oder deinen Partner, falls es jemanden gibt, Oma, Opa, jemanden aus der Nachbarschaft oder eine Freundin. Leg dich hin, geh spazieren oder trink in Ruhe eine Tasse Tee. Wer ausgeruht ist, bringt leichter Geduld und Wärme auf. Allein? Dann leg dich hin, sobald dein Kind schläft.

every-comfort-builds-the-brain =
    .title = Jeder Trost baut am Gehirn mit
    .body = Tröste dein Kind heute so, wie du es immer tust, aber halt einmal bewusst inne. Bei einem Schreck bildet der Körper das Stresshormon Cortisol, und deine Nähe lässt es wieder sinken; wenn ihr das oft gemeinsam erlebt, wachsen die Hirnbereiche, die später bei Gefühlen und im Umgang mit anderen helfen. Nach einer Impfung oder einem bösen Traum ist so ein Moment besonders wertvoll.

in-doubt-ask-early =
    .title = Unsicher? Frag rechtzeitig
    .body = Hast du oft das Gefühl, dein Kind nicht „lesen“ zu können, oder wirkt es sehr ängstlich, ständig auf der Hut oder ganz still und zurückgezogen? Sprich mit dem Consultatiebureau (JGZ) oder deiner Hausarztpraxis, auch wenn du unsicher bist. Früh Hilfe zu holen ist ein Zeichen von Fürsorge, und vieles kann helfen. Du musst nicht warten, bis du dir sicher bist; Zweifel sind Grund genug.

low-or-numb-tell-someone =
    .title = Niedergeschlagen, ängstlich, freudlos? Sag es
    .body = Fühlst du dich seit der Geburt über zwei Wochen niedergeschlagen, ängstlich oder leer, oder freut dich nichts mehr, auch nicht dein Baby? Sag es heute dem Consultatiebureau (Kinderberatungsstelle), deiner Hebamme (verloskundige) oder deinem Hausarzt (huisarts). Das kennen viele Mütter und Partner, und es ist niemandes Schuld. Hilfe holen ist Stärke; mit Unterstützung wird es meist leichter.

same-words-same-moments =
    .title = Dieselben Worte zu festen Momenten
    .body = Wähl für drei wiederkehrende Momente einen festen Satz und benutz ihn heute jedes Mal: „Zeit für eine frische Windel“, „Wir essen jetzt“, „Schlaf gut, bis gleich.“ Vertraute Worte machen den Tag vorhersehbar, und was vorhersehbar ist, fühlt sich sicher an. Großeltern und Babysitter können dieselben Sätze benutzen.

one-anchor-on-a-messy-day =
    .title = An einem chaotischen Tag: halt einen Anker fest
    .body = Geht heute alles durcheinander, wegen Arbeit, Krankheit, Besuch oder einfach Chaos? Dann halt einen festen Anker aufrecht, etwa das Lied beim Schlafengehen oder das Kuscheln nach dem Essen. Schwankungen im Tag und in deiner Laune verkraftet ein Kind besser, wenn etwas gleich bleibt. Bei einem Umzug, einem Krankenhausaufenthalt oder einem Familienfest ist so ein Anker besonders wichtig.

a-bad-day-breaks-nothing =
    .title = Ein schlechter Tag macht nichts kaputt
    .body = War heute ein Tag voller Weinen, Hektik und wenig Geduld, bei deinem Kind und bei dir? Dann schließ ihn mit einer kleinen Geste ab: eine Hand auf dem Rücken, ein Lied, ein leises „Morgen wieder.“ Eine Bindung wächst über viele Tage, mit im Schnitt genug Aufmerksamkeit, nicht durch einen perfekten Tag. So ein Abschluss ist auch für dich: ein sanfter Schlussstrich unter den Tag.

your-child-knows-you =
    .title = Dein Kind kennt dich, nicht das Idealbild
    .body = Merkst du, dass du dich heute mit anderen Eltern vergleichst, online, in der Familie oder auf einem Geburtstag? Leg diesen Vergleich bewusst beiseite, zum Beispiel indem du eine App einen Tag lang nicht öffnest. Dein Kind braucht kein Idealbild, sondern dich, mit deiner eigenen Art.

count-your-comebacks =
    .title = Zähl heute deine Wiedergutmach-Momente
    .body = Achte heute nicht darauf, was schiefging, sondern auf die Male, in denen du zurückgekommen bist: Du hast dein Kind doch noch hochgenommen, ein Signal doch noch bemerkt, einen bösen Blick wieder gutgemacht. Wiedergutmachen nach einem Patzer ist kein Flicken eines Fehlers, sondern genau die Art, wie eine sichere Bindung wächst.

write-down-one-moment =
    .title = Schreib einen kleinen Moment auf
    .body = Schreib heute einen kleinen Moment auf, in dem dein Kind Halt bei dir gefunden hat: ein Trost, ein Spiel, ein Blick des Erkennens. Solche alltäglichen Momente summieren sich zu Selbstvertrauen, Widerstandskraft und später der Fähigkeit, Freundschaften zu schließen. Du merkst es, wenn du beim Nachlesen siehst, wie viel du schon gibst, auch an Tagen, die sich schwer anfühlten.

what-you-do-matters =
    .title = Zeig deinem Kind: Was du tust, zählt
    .body = Wähl heute ein Signal deines Kindes, etwa einen bestimmten Laut, ein Weinen oder eine ausgestreckte Hand, und reagiere jedes Mal darauf. So entdeckt dein Kind, dass es selbst etwas in Bewegung setzen kann, und das ist ein früher Baustein von Selbstvertrauen. In der Badewanne, mit einer patschenden Hand oder einem Juchzer, kannst du gut damit anfangen.

fill-your-own-tank =
    .title = Sorg auch für deinen eigenen Tank
    .body = Trink heute ein Glas Wasser und iss etwas Sättigendes, bevor du mit dem nächsten Füttern, der nächsten Mahlzeit oder dem Baden anfängst. Es klingt klein, aber mit Hunger, Durst oder leerem Tank ist Geduld viel schwerer aufzubringen, also ist für dich selbst zu sorgen einfach Teil der Fürsorge für dein Kind. Wasser und ein Snack griffbereit beim Stillen oder Füttern machen es leicht.

who-to-call-when-its-too-much =
    .title = Wen rufst du an, wenn es zu viel wird?
    .body = Überleg heute, wen du anrufen oder wem du schreiben kannst, wenn es mal zu viel wird, und sag es dieser Person auch: „Darf ich dich anrufen, wenn ich nicht mehr weiterweiß?“ Um Hilfe bitten ist eine Stärke, und ein Kind profitiert von Erwachsenen, die nicht alles allein tragen müssen. Setz diesen Namen ganz oben in deine Favoriten.
