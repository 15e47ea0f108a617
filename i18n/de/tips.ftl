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
    .title = Haut an Haut ist für jede Bezugsperson da
    .body = Lass heute eine andere feste Bezugsperson mit deinem Baby Haut an Haut kuscheln: deine Partnerin oder deinen Partner, falls es jemanden gibt, oder jemand anderen, der deinem Baby nahesteht. Haut an Haut ist nicht nur etwas für den Elternteil, der das Baby geboren hat. Jeder vertraute Mensch kann so spüren, wie die Bindung wächst, solange er dabei wach und aufmerksam bleibt.

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
    .body = Wähl heute eine feste Reihenfolge für die Zeit nach dem Aufwachen, zum Beispiel stillen oder Fläschchen geben, wickeln, kurz kuscheln und wieder schlafen, ohne auf die Uhr zu schauen. Ein erkennbarer Rhythmus macht die Welt deines Babys vorhersehbar und dadurch sicher. So eine Reihenfolge gibt auch dir Halt, wenn die Nacht kurz war.

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
    .title = Mit langen Streichbewegungen über den Rücken
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
    .body = Halt heute ein Büchlein mit klaren schwarz-weißen Bildern ungefähr so weit von deinem Baby weg wie dein Gesicht beim Stillen oder Fläschchengeben, und erzähl leise, was darauf ist. Junge Babys sehen starke Kontraste am besten, und deine Stimme macht daraus einen gemeinsamen Moment. Schaut dein Baby weg, ist das eine Pause. Gebanntes Schauen und Stillwerden zeigen, dass es fesselt.

read-your-own-book-aloud =
    .title = Lies aus deinem eigenen Buch vor
    .body = Lust, selbst etwas zu lesen? Dann lies heute ein paar Seiten laut vor, mit deinem Baby auf dem Schoß: aus deinem Roman, einer Zeitschrift oder einem Rezept. Für dein Baby zählt vor allem der Rhythmus deiner Stimme, nicht die Geschichte. Und du hast auch mal etwas für dich. Auch eine andere Bezugsperson kann das, mit ihrem eigenen Lieblingsbuch.

three-steps-before-sleep =
    .title = Drei feste Schritte vor dem Schlafen
    .body = Wähl heute drei kleine Schritte, die du ab jetzt immer vor dem Schlafen machst, zum Beispiel: Vorhänge zu, Schlafsack an, ein Lied. Dieselbe Reihenfolge sagt deinem Baby, was kommt, und eine vorhersehbare Welt fühlt sich sicher an. Es muss nicht minutengenau sein, und alle, die dein Baby hinlegen, können es so machen. Später kommen vielleicht ein Buch oder Zähneputzen dazu; die Reihenfolge bleibt.

a-familiar-feeding-spot =
    .title = Ein fester Platz zum Stillen oder Fläschchengeben
    .body = Gib deinem Baby die Brust oder das Fläschchen heute so oft wie möglich am selben ruhigen Platz und in derselben Haltung, mit dem Handy außer Reichweite. Vertraute Momente geben deinem Baby Halt: Hier bekomme ich Essen und Aufmerksamkeit. Klappt es nicht jedes Mal? Kein Problem. Beim Fläschchen kann jede feste Bezugsperson denselben Platz nutzen.

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
    .title = Blickkontakt beim Stillen oder Fläschchengeben
    .body = Leg heute bei einer Mahlzeit dein Handy weg und schau dein Baby in Ruhe an. Sag leise etwas oder summ eine Melodie. Sucht dein Baby deinen Blick, halt ihn fest; schaut es weg, ist das auch gut. Solche Momente des Einander-Anschauens sind die Bausteine eurer Bindung. Aus der Nähe, etwa so weit wie dein Gesicht, während es trinkt, sieht dein Baby dich am besten.

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
    .body = Hast du heute die Nerven verloren, setz dich neben dein Kind, sobald du selbst etwas ruhiger bist, und sag: „Ich bin gerade sehr wütend geworden. Da hast du dich erschreckt, oder? Es tut mir leid.“ Einen Krach wiedergutzumachen stärkt die Bindung mehr, als nie Krach zu haben. Dein Kind muss es nicht einmal verstehen; es spürt, dass es wieder gut ist.

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
    .body = Wähl heute einen festen Moment, etwa eine Still- oder Flaschenmahlzeit, das Baden oder das Essen am Tisch, und leg dein Handy so lange in ein anderes Zimmer. Dein Kind spürt den Unterschied zwischen jemandem, der in der Nähe ist, und jemandem, der wirklich da ist. Es muss nicht den ganzen Tag sein; dieser eine Moment zählt.

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
    .body = Trink heute ein Glas Wasser und iss etwas Sättigendes, bevor du mit dem nächsten Stillen oder Fläschchen, der nächsten Mahlzeit oder dem Baden anfängst. Es klingt klein, aber mit Hunger, Durst oder leerem Tank ist Geduld viel schwerer aufzubringen; für dich zu sorgen ist also Teil der Fürsorge für dein Kind. Wasser und ein Snack griffbereit am Still- oder Fläschchenplatz machen es leicht.

who-to-call-when-its-too-much =
    .title = Wen rufst du an, wenn es zu viel wird?
    .body = Überleg heute, wen du anrufen oder wem du schreiben kannst, wenn es mal zu viel wird, und sag es dieser Person auch: „Darf ich dich anrufen, wenn ich nicht mehr weiterweiß?“ Um Hilfe bitten ist eine Stärke, und ein Kind profitiert von Erwachsenen, die nicht alles allein tragen müssen. Setz diesen Namen ganz oben in deine Favoriten.


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
    .body = Frag, ob du vor der Entlassung einen Tag oder eine Nacht mit deinem Baby in einem Zimmer auf der Station bleiben kannst. Übernimm dann die ganze Pflege selbst: Brust oder Fläschchen, wickeln, trösten, auch nachts, das Team im Hintergrund. So merkst du, dass du dein Baby lesen kannst, und für dein Baby bist du die Person, die kommt. Bist du unsicher, klingel ruhig: Genau dafür ist diese Nacht da.

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

ask-for-an-interpreter-on-the-ward =
    .title = Ärzte schwer zu verstehen? Frag nach einer Dolmetscherin
    .body = Niederländisch ist nicht deine Erstsprache, und Gespräche mit Ärzten und Pflegekräften gehen zu schnell? Frag heute, ob beim nächsten Gespräch jemand dolmetschen kann, vor Ort oder per Telefon. Lass möglichst keine Kinder oder Verwandten übersetzen. Verstehst du, was mit deinem Baby passiert, hast du mehr Ruhe für dein Baby. Schon zu Hause? Frag auch beim Consultatiebureau (Kinderberatungsstelle).

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

a-setback-on-the-ward =
    .title = Ein Rückschlag auf der Station
    .body = Braucht dein Baby heute wieder mehr Sauerstoff, eine Infusion oder muss zurück in den Inkubator? Solche Rückschritte erleben viele zu früh geborene Babys, und sie treffen trotzdem hart. Bitte eine Pflegekraft, in einfachen Worten zu erklären, was das bedeutet und was du heute tun kannst: eine Hand, deine Stimme, eine Pflegeaufgabe. Ruf jemanden an, der sich zu dir setzt. Du musst nicht stark sein.

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

home-from-the-ward-never-shake =
    .title = Bald zu Hause und am Ende? Niemals schütteln
    .body = Bald oder gerade zu Hause? Dort springt keine Pflegekraft ein. Macht dich das Weinen wütend oder verzweifelt, gerade nach Nächten mit wenig Schlaf? Schüttle dein Baby nie, auch nicht kurz: Es kann bleibende Schäden davontragen. Leg es auf den Rücken ins eigene Bett, lass die Tür angelehnt und geh ein paar Minuten raus. Ruf jemanden an oder schreib. Ruhiger? Geh zurück. Leg fest, wen du anrufst.

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
    .title = Stillen oder Fläschchen zu Hause: Du kennst dein Baby schon
    .body = Stillst du zu Hause oder gibst das Fläschchen, erstmals ohne Zuschauer, und zweifelst an dir? Auf der Station hast du viel gelernt: wie dein Baby Hunger zeigt, wann es satt ist, welche Haltung passt. Sag heute bei einer Mahlzeit laut, was du siehst: „Du suchst, du hast Hunger.“ So hörst du, was du schon weißt. Unsicher wegen Trinken oder Wachstum? Frag im Consultatiebureau (Kinderberatungsstelle).


childcare-intro-watch-the-comforting =
    .title = Kennenlernen in der Kita: Schau, wie getröstet wird
    .body = Lernst du eine Kita oder Tagespflege (gastouder) kennen? Achte vor allem darauf, wie sie mit einem weinenden Baby umgehen: Wird es schnell hochgenommen, ruhig angesprochen, getröstet? Frag auch, wer die festen Bezugspersonen deines Babys werden. Ein Baby bindet sich an wenige Menschen, die oft da sind und warm reagieren. Geht dein Baby schon hin? Bleib beim Bringen mal zehn Minuten und schau zu.

birth-story-told =
    .title = Beschäftigt dich die Geburt noch? Erzähl davon
    .body = Denkst du oft an die Geburt zurück, weil sie anders lief als erhofft, beängstigend war oder sehr schnell ging? Erzähl heute alles jemandem, der zuhört. Du kannst auch deine Hebamme (verloskundige), das Krankenhaus oder deine Hausarztpraxis um ein Nachgespräch bitten. Eine Geburt ist ein Umbruch, auch für die Begleitperson; was seinen Platz findet, macht Raum für dein Baby. Stückweise geht auch.

vaccination-day-on-your-lap =
    .title = Impftag: halte dein Baby ganz nah
    .body = Bekommt dein Baby heute oder bald eine Impfung im Consultatiebureau (Kinderberatungsstelle)? Frag, ob du es auf dem Schoß halten darfst, Bauch an Bauch, und sprich leise weiter. Gleich danach: Brust, Fläschchen oder feste Umarmung. Dein Körper und deine Stimme helfen ihm nach dem Schreck zur Ruhe. Kurzes, heftiges Weinen ist normal und legt sich bei dir bald. Schon geimpft? Dann fürs nächste Mal.

evening-after-the-jab =
    .title = Der Abend nach der Impfung: ganz nah bleiben
    .body = Ist dein Baby nach der Impfung quengelig, weinerlich oder schläfriger als sonst? Sag für den Abend ab und halte es öfter bei dir: im Arm, im Tragetuch, neben dir auf dem Sofa. Ein Baby, das sich unwohl fühlt, braucht dich umso mehr; das darfst du geben. Ist es heiß, trinkt es schlecht, zweifelst du? Ruf die Hausarztpraxis an, abends und am Wochenende den hausärztlichen Notdienst (huisartsenpost).

soft-start-back-at-work =
    .title = Plan einen sanften Start zurück in den Job
    .body = Fängst du bald wieder an zu arbeiten? Schau heute, ob du mit kürzeren Tagen oder mitten in der Woche starten kannst, und plan vorher einen Probetag, an dem dein Baby schon beim Babysitter oder in der Kita ist. Dann ist dein erster Arbeitstag nicht auch der erste Tag ohne dich, und beim Abholen bleibt mehr Ruhe. Geht das nicht, oder arbeitest du schon? Halte die Abende danach möglichst leer.

follow-my-face-slowly =
    .title = Lass dein Baby deinem Gesicht folgen
    .body = Halte in einem ruhigen Moment dein Gesicht etwa dreißig Zentimeter über dein Baby, such Blickkontakt und beweg dich dann ganz langsam ein Stück nach links. Folgen die Augen? Dann zurück und ein Stück nach rechts. Dein Baby übt das Schauen, und dein Gesicht ist dafür das Schönste, was es gibt. Verliert es dich, warte, bis sein Blick dich wiederfindet. Dreht es sich ganz weg, ist es genug.

speak-your-own-language =
    .title = Sprich mit deinem Baby deine eigene Sprache
    .body = Sprichst du zu Hause mehr als eine Sprache? Rede, sing und tröste heute in der Sprache, in der du dich am meisten zu Hause fühlst, auch wenn deine Umgebung anders spricht. In deiner Sprache klingen deine Wärme und deine Späße am echtesten, und das hört dein Baby. Hat eine andere Bezugsperson eine andere Sprache, soll sie ihre eigene benutzen. Zwei Sprachen nebeneinander schafft ein Baby gut.

still-crying-a-lot-after-the-peak =
    .title = Weint dein Baby immer noch jeden Tag viel?
    .body = Du hattest gehofft, dass das Weinen nach etwa sechs Wochen nachlässt, aber dein Baby weint noch jeden Tag lange? Das heißt nicht, dass du etwas falsch machst. Ruf diese Woche beim Consultatiebureau (Kinderberatungsstelle) an; dort schaut man mit dir, was helfen kann. Lass dich bis dahin täglich eine Stunde ablösen. Kannst du nicht mehr? Leg dein Baby auf den Rücken in sein Bett und geh kurz raus.

one-question-for-the-clinic =
    .title = Nimm eine Frage mit ins Consultatiebureau
    .body = Schreib vor dem nächsten Termin im Consultatiebureau (Kinderberatungsstelle) auf, was dich wirklich beschäftigt, auch wenn es klein wirkt: Weinen, Schlaf, deine Stimmung oder wie sich der Kontakt zu deinem Baby anfühlt. Stell diese Frage als Erstes, dann geht sie nicht unter. Niemand erwartet, dass du schon alles weißt; Fragen gehören zu guter Fürsorge. Vergessen? Anrufen geht auch später.

grandparent-babysits-first-time =
    .title = Oma oder Opa passt zum ersten Mal auf
    .body = Passt bald ein Großelternteil oder ein anderer vertrauter Mensch zum ersten Mal auf? Trefft euch vorher gemeinsam, am besten dort, wo aufgepasst wird, und zeig, wie ihr füttert, wickelt, tröstet und schlafen legt: auf den Rücken, nichts Weiches im Bett. Halte das erste Mal ohne dich kurz; eine Stunde reicht. So lernt dein Baby die Person in kleinen Schritten kennen. Danach darf es länger sein.

mixed-feelings-about-work =
    .title = Lust auf die Arbeit und traurig? Beides darf sein
    .body = Freust du dich auf die Arbeit, und fällt dir der Abschied trotzdem schwer? Oder spürst du vor allem Erleichterung oder Schuld? Alles darf sein, oft durcheinander. Sag es heute jemandem. Dein Baby braucht keinen Elternteil, der immer zu Hause ist, sondern einen, der wirklich da ist, wenn ihr zusammen seid, und feste, warme Menschen, wenn du weg bist. Oft wird es nach den ersten Wochen leichter.

bottle-from-another-carer =
    .title = Wer das Fläschchen gibt, schaut dein Baby an
    .body = Gibt bald jemand anderes deinem Baby das Fläschchen, mit abgepumpter Milch oder Pulvermilch? Übt es heute zusammen: Die Person nimmt dein Baby in den Arm, halb aufrecht, das Gesicht zu sich gewandt, und spricht oder summt ruhig beim Trinken. Eine Mahlzeit ist mehr als Essen: Sie ist Anschauen und Nähe, egal wer sie gibt. Trinkt dein Baby nicht, solange du dabei bist? Geh kurz aus dem Zimmer.

still-sore-after-the-birth =
    .title = Noch Schmerzen von der Geburt?
    .body = Ein paar Monate danach noch Schmerzen beim Sitzen, Heben, Wasserlassen oder Sex, oder verlierst du Urin? Das musst du nicht still aushalten. Sprich mit deiner Hausarztpraxis (huisarts) oder Hebamme (verloskundige); oft hilft etwa Beckenboden-Physiotherapie. Schmerzen fressen Geduld und Kraft, auch für dein Baby. Dich versorgen zu lassen gehört dazu. Das haben viele, kein Grund zur Scham.

nights-on-your-own =
    .title = Nachts auf dich gestellt? Leg alles bereit
    .body = Arbeitet dein Partner oder deine Partnerin wieder, vielleicht nachts, oder bist du allein? Leg heute Abend alles für die Nacht in Reichweite: Wasser, etwas zu essen, Windeln, einen Body, ein sanftes Licht. Je weniger du suchen musst, desto ruhiger gehst du zu deinem Baby, und gedämpftes Licht hält die Nacht für euch beide ruhig. War eine Nacht schlimm? Am Tag danach darfst du um Hilfe bitten.

thin-walls-neighbours-hear-crying =
    .title = Angst, dass die Nachbarn das Weinen hören?
    .body = Dünne Wände, und liegst du nachts wach, weil die Nachbarn alles hören könnten? Lass dich davon nicht hetzen und geh trotzdem zu deinem Baby. Wirf einen kurzen Zettel ein oder sag es an der Tür: „Wir haben ein Baby, das nachts manchmal weint, wir tun unser Bestes.“ Die meisten Nachbarn reagieren freundlicher, als du fürchtest. Ohne diese Sorge gehst du ruhiger zu deinem Baby, und das spürt es.

crying-in-public-look-at-your-baby =
    .title = Weinen im Bus oder Laden? Schau auf dein Baby
    .body = Fängt dein Baby im Supermarkt, im Bus oder in einem Wartezimmer an zu weinen, und spürst du Blicke im Rücken? Richte deine Aufmerksamkeit auf dein Baby, nicht auf die Leute um dich herum: Nimm es hoch, sprich leise und nimm dir die Zeit, die es braucht. Ein weinendes Baby heißt nicht, dass du etwas falsch machst; es ruft einfach nach dir. Sagt jemand etwas? „Wir kommen klar, danke“ reicht.

how-do-i-seem-lately =
    .title = Frag jemanden: Wie wirke ich gerade auf dich?
    .body = Bei vielen Eltern sind die weinerlichen Tage nach der Geburt bald vorbei. Frag heute jemanden, der dich gut kennt: „Wie wirke ich gerade auf dich?“ Andere merken manchmal früher, dass du bedrückt, gereizt oder leer bleibst. Das gilt auch für einen Elternteil, der nicht entbunden hat. Erkennst du dich darin? Sprich im Consultatiebureau (Kinderberatungsstelle) oder in der Hausarztpraxis darüber.

smiles-for-everyone =
    .title = Dein Baby lächelt alle an? Wunderbar
    .body = Bekommen die Kassiererin und der Nachbar jetzt auch ein strahlendes Lächeln? Das ist in diesen Monaten ganz normal: Dein Baby liebt Gesichter, kommt aber am schnellsten bei denen zur Ruhe, die sich am meisten um es kümmern. Freu dich also ruhig über jedes verschenkte Lächeln. Achte heute einmal darauf, was passiert, wenn dein Baby müde oder traurig ist: Dann sucht es meist vertraute Arme.

first-visits-leave-in-time =
    .title = Zu Besuch: geh heim, solange es noch schön ist
    .body = Besuchst du zum ersten Mal mit deinem Baby Familie oder Freunde? Überleg vorher, wie lange du bleibst, und geh, sobald du die ersten Zeichen für „genug“ siehst: Wegschauen, Gähnen, Schreckhaftigkeit. Ein kurzer Besuch, der gut endet, ist schöner als ein langer Nachmittag, der in übermüdetem Weinen endet. Doch zu lange geblieben? Passiert allen; nächstes Mal kennst du die Grenze besser.

car-seat-your-voice =
    .title = In der Babyschale: lass deine Stimme hören
    .body = Dein Baby sieht dich im Auto nicht und fängt an zu weinen? Sprich oder sing einfach weiter, auch wenn du fährst: Deine Stimme sagt, dass du da bist. Fährt jemand anderes, setz dich neben dein Baby. Braucht es wirklich Trost, halte an einer sicheren Stelle an und nimm es kurz aus der Schale. Weint dein Baby fast bei jeder Fahrt? Fahr, wenn es geht, nach einer Mahlzeit und mit frischer Windel los.

walk-with-another-parent =
    .title = Geh mal mit einem anderen Elternteil spazieren
    .body = Bist du viel allein mit deinem Baby zu Hause? Verabrede dich diese Woche mit einem anderen Elternteil eines jungen Babys, aus einem Kurs, der Nachbarschaft oder dem Wartezimmer des Consultatiebureaus, zum Spazieren oder zum Kaffee. Mit jemandem zu reden, der dasselbe erlebt, macht die Tage leichter, und mit mehr Energie kommt mehr Geduld. Vergleichen musst du nicht: Jedes Baby hat sein Tempo.

contact-naps-on-you =
    .title = Schläft dein Baby tagsüber nur auf dir?
    .body = Schläft dein Baby tagsüber nur in deinen Armen oder in der Trage ein und wacht auf, sobald du es hinlegst? Das ist in diesem Alter ganz normal, keine schlechte Angewohnheit: Bei dir fühlt es sich sicher. Genieß es, wenn es passt. Wirst du selbst müde? Leg dein Baby auf den Rücken in sein eigenes Bett. Willst du öfter die Hände frei? Probier einen Tagschlaf im Bett, vorher dasselbe Lied.

copy-your-babys-face =
    .title = Mach die Gesichter deines Babys nach
    .body = Streckt dein Baby heute die Zunge heraus, macht einen „O“-Mund oder runzelt die Stirn? Mach es nach, von nah und ein bisschen übertrieben, und warte ab, was zurückkommt. So bist du ein lebendiger Spiegel: Dein Baby sieht, dass das, was es tut, bei dir ankommt. Manchmal kommt das Gesicht noch einmal, als würdet ihr ein Spiel spielen. Keine Reaktion? Versuch es morgen in einem wachen Moment wieder.

video-call-with-grandparent =
    .title = Videoanruf mit Oma oder Opa in der Ferne
    .body = Wohnen Großeltern oder andere liebe Menschen weit weg, vielleicht in einem anderen Land? Ruft heute kurz per Video an, dein Baby auf deinem Schoß, damit es auch dein Gesicht sieht. Lass die andere Person ein Lied singen oder in ihrer Sprache erzählen, und freu dich sichtbar mit. So lernt dein Baby Stimme und Gesicht ein wenig kennen, und die Familienbande bleiben warm. Ein paar Minuten genügen.

film-once-then-be-there =
    .title = Einmal filmen, dann einfach schauen
    .body = Möchtest du dieses Lächeln oder Brabbeln festhalten? Film es einmal, leg dann das Handy weg und mach mit deinem Gesicht nah an seinem weiter. Hinter einem Bildschirm sieht dein Baby nur ein Handy und vermisst deine Augen und dein Lächeln, dabei macht genau diese Antwort den Moment aus. Das Video hast du schon; der Rest gehört euch beiden. Morgen kommt bestimmt wieder ein Lächeln.

hands-discovered =
    .title = Dein Baby entdeckt seine Hände
    .body = Starrt dein Baby heute gebannt auf seine Hände, oder spielt es mit seinen Fingern? Lass es geschehen und unterbrich nicht gleich mit Spielzeug oder einem Lied. Bleib in der Nähe und sag höchstens leise: „Das sind deine Hände.“ Dein Baby entdeckt hier etwas ganz allein, und du zeigst, dass das erlaubt ist. Schaut es dich danach an? Dann bist du dran.

fist-in-mouth-signal =
    .title = Faust im Mund: Hunger oder Selbsttrost?
    .body = Nuckelt dein Baby oft an einer Faust oder an den Fingern? Schau heute, was sonst noch passiert. Sucht es auch mit dem Kopf, schmatzt es oder wird unruhig, ist es oft Hunger. Liegt es zufrieden da, ist es vielleicht eine erste Art, sich selbst zu beruhigen. Dann nimm die Hand nicht weg und bleib in der Nähe. Im Zweifel biete ruhig eine Mahlzeit an; dein Baby zeigt dir schon, ob es Hunger war.

little-hands-massage =
    .title = Massier die kleinen Hände
    .body = Nimm heute eine Hand deines Babys in deine warme Hand, streich mit dem Daumen über die Handfläche und lass jedes Fingerchen durch deine Finger gleiten. Ein Tropfen neutrales, unparfümiertes Öl ist möglich, aber nicht nötig; nie Nuss- oder Olivenöl. Sing oder zähl leise dazu. Schließt sich die Faust fest oder zieht dein Baby die Hand weg, ist es genug. Morgen ist die andere Hand dran.

swipe-at-a-toy =
    .title = Lass dein Baby selbst nach Spielzeug schlagen
    .body = Liegt dein Baby auf dem Rücken? Halte heute eine Rassel oder ein weiches Spielzeug knapp in Reichweite über ihm und warte. Leg es ihm nicht in die Hand, lass es selbst ausholen und treffen. Rasselt es, schau überrascht und freu dich hörbar. So entdeckt dein Baby Ursache und Wirkung: Mein Arm bewegt sich, und etwas passiert. Klappt es noch nicht? Halte es näher oder versuch es in ein paar Wochen.

your-stretches-on-the-play-mat =
    .title = Deine Übungen, neben deinem Baby auf der Matte
    .body = Willst du wieder etwas für deinen Körper tun, hast aber niemanden, der aufpasst? Roll heute deine Matte neben der deines Babys aus und mach ein paar ruhige Übungen oder Dehnungen, so viel dein Körper gerade schafft. Zieh zwischendurch Grimassen, zähl laut und sag, was du tust. Dein Baby schaut gebannt zu, und du tust etwas für dich, ohne wegzugehen. Heute nicht? Die Matte liegt morgen noch da.

twins-no-labels =
    .title = Zwillinge: zwei Kinder, keine Etiketten
    .body = Hast du Zwillinge? Dann fragt bald jeder: „Wer ist der Pflegeleichte?“ Und schon ist das eine Kind „die Heulsuse“ und das andere „das Ruhige“. Achte heute auf etwas, das jedes Kind für sich mag, und erzähl das, wenn jemand fragt. Babys verändern sich schnell, und jedes verdient es, gesehen zu werden, wie es jetzt ist, nicht als Hälfte eines Paares. Vergleichen tut jeder mal.

bath-song-with-a-splash =
    .title = Ein Badelied mit einem Platsch
    .body = Mach das Baden heute zu einem Spiel: Halte dein Baby gut fest, sing jedes Mal dasselbe kurze Lied und lass am Ende deine Hand sanft ins Wasser platschen. Strampelt dein Baby, antworte mit „Platsch!“ und einem Lächeln. Ein festes Lied macht das Baden vorhersehbar, und deine Antwort auf jeden Tritt macht daraus ein kleines Gespräch. Erschrickt dein Baby beim Platsch? Dann mach ihn kleiner.

dressing-pause-when-protesting =
    .title = Anziehen endet in Tränen? Mach eine Pause
    .body = Fängt dein Baby heute beim Anziehen an zu weinen, mitten in einem Ärmel oder wenn ein Pulli über den Kopf geht? Hör kurz auf, nimm es halb angezogen an dich, warte, bis das Weinen nachlässt, und mach dann ruhig weiter. So zeigst du, dass Protest gehört wird, auch wenn das Anziehen sein muss. Hilft es nicht? Wähl für die nächsten Wochen Kleidung, die leicht auf- und zugeht.

calmer-evenings-look-back =
    .title = Ruhigere Abende? Schau zurück, was du getan hast
    .body = Weint dein Baby abends weniger als vor ein paar Wochen? Bei vielen Babys lässt das Weinen um dieses Alter nach. Denk heute kurz daran, was du in den schweren Wochen getan hast: tragen, wiegen, bleiben, wenn nichts half. Das war nicht umsonst; dein Baby hat gelernt, dass jemand bleibt. Erzähl es jemandem oder schreib es auf. Kommt das Weinen eines Abends zurück, weißt du jetzt, was du kannst.

three-days-of-sleep-notes =
    .title = Entdecke den eigenen Schlafrhythmus deines Babys
    .body = Notiere drei Tage lang kurz, wann dein Baby einschläft und aufwacht, ohne etwas zu ändern. In diesem Alter entwickelt sich bei vielen Babys langsam ein eigenes Muster, und auf Papier siehst du es oft früher als im Kopf. Schläft dein Baby immer um dieselbe Zeit ein, kannst du den Tag ein wenig danach ausrichten. Noch kein Muster? Auch gut, das kommt oft später.

stay-on-the-page =
    .title = Bleib bei dem Bild, das dein Baby anschaut
    .body = Nimm heute ein Bilderbuch und achte beim Vorlesen darauf, wohin dein Baby schaut. Bleibt sein Blick an der Ente oder am roten Ball hängen, blättere nicht gleich um, sondern erzähl von diesem Bild: „Siehst du die Ente? Quak!“ So folgst du deinem Baby statt der Geschichte, und es spürt, dass zählt, was es spannend findet. Schaut dein Baby vom Buch weg? Dann ist die Geschichte für heute aus.

feeding-with-a-big-sibling-beside-you =
    .title = Stillen oder Fläschchen mit dem großen Kind daneben
    .body = Will dein älteres Kind genau dann Aufmerksamkeit, wenn du stillst oder das Fläschchen gibst? Stell heute einen Korb mit Büchern oder Spielzeug nur für diese Momente bereit. Lass das große Kind neben dir sitzen; lest oder plaudert, während das Baby trinkt. So hört dein Baby deine Stimme, und das große Kind bleibt nicht außen vor. Klappt es mal nicht? Ein Zwinkern und „Gleich bist du dran“ reicht.

tell-your-baby-about-your-day =
    .title = Erzähl deinem Baby von deinem Tag
    .body = Erzähl deinem Baby heute beim Trinken oder Spazierengehen von deinem Tag oder von früher: wie dein Elternhaus aussah, was du mittags gegessen hast, wer angerufen hat. Dein Baby versteht die Worte nicht, genießt aber deine Stimme mit all ihrem Auf und Ab und hört so viel Sprache. Du musst weder witzig noch klug sein: Eine ganz normale Geschichte reicht. Keine Worte mehr? Summen geht auch.

what-you-know-about-your-baby =
    .title = Was weißt du jetzt über dein Baby?
    .body = Schreib heute drei Dinge auf, die du jetzt über dein Baby weißt, kurz nach der Geburt aber nicht: wie es am liebsten getragen wird, welches Geräusch es beruhigt, worüber es lachen muss. Genau das braucht dein Baby: jemanden, der sieht, wer dieses Kind ist, ohne es mit anderen zu vergleichen. Zweifelst du, ob du dein Baby kennst? Jetzt hast du es schwarz auf weiß. Ergänz das in einem Monat.

tension-at-home-soft-voice =
    .title = Spannung zu Hause? Bleib leise bei deinem Baby
    .body = Kocht heute Streit hoch, mit Partner oder Partnerin, mit Verwandten oder am Telefon? Verschieb das Gespräch, bis dein Baby schläft oder woanders ist, und sprich bei deinem Baby mit ruhiger Stimme. Babys spüren Spannung in Stimmen und Körpern, auch ohne ein Wort zu verstehen. Vereinbart ein Codewort wie „Später“: Wir reden weiter, wenn das Baby schläft. So muss keiner das Gespräch aufgeben.


your-own-parent-is-ill =
    .title = Dein Vater oder deine Mutter ist krank
    .body = Ist dein Vater oder deine Mutter krank, und pendelst du zwischen Klinik, ihrer Wohnung und deinem Baby? Streich heute eine Sache von der Liste und bitte jemanden, einen Besuch oder eine Besorgung zu übernehmen. Nimm dein Baby kurz mit, wenn es erlaubt ist und euch guttut; ein Babygesicht muntert Kranke oft auf. Eine ruhige Stunde mit deinem Baby zählt. Sorge und Trauer dürfen sein.

settling-in-do-the-care-there =
    .title = Eingewöhnung: Versorg dein Baby dort selbst
    .body = Gewöhnst du dein Baby in der Kita oder bei der Tagesmutter (gastouder) ein? Gib dort selbst einmal das Fläschchen oder wickle dein Baby, während die feste Bezugsperson zuschaut. So sieht sie, wie dein Baby gern gehalten wird, und dein Baby sieht dich entspannt im neuen Raum. Ein bisschen von deiner Vertrautheit färbt ab. Beim nächsten Mal tauscht ihr: Sie macht es, du schaust zu.

arms-to-arms-handover =
    .title = Von Arm zu Arm übergeben
    .body = Bringst du dein Baby heute in die Kita, zur Tagesmutter oder zu den Großeltern? Gib es direkt in die Arme der anderen Person, mit ruhigem Gesicht und einem freundlichen Wort an sie. Dein Baby liest dein Gesicht: Bist du bei diesem Menschen entspannt, fühlt es sich auch für dein Baby sicherer an. Ein Kloß im Hals? Das darf sein. Wink ruhig; deine eigenen Tränen dürfen danach kommen.

ten-spare-minutes-in-the-morning =
    .title = Zehn Minuten Puffer am Morgen
    .body = Stell an Arbeitstagen den Wecker zehn Minuten früher oder leg Taschen und Kleidung am Abend bereit. Nicht um mehr zu schaffen, sondern um ruhiger zu sein: anziehen ohne Hetze, kurz zusammensitzen, bevor ihr losgeht. Babys spüren Eile, und ein ruhiger Start gibt Halt für den ganzen Tag. Wird es doch knapp? Dann reicht auch eine ruhige Umarmung an der Tür.

a-call-to-childcare-is-fine =
    .title = Kurz in der Kita anrufen ist okay
    .body = Bist du in den ersten Wochen bei der Arbeit mit den Gedanken ständig bei deinem Baby? Frag die Kita oder die Tagesmutter, ob du kurz anrufen darfst oder eine Nachricht bekommst. Das ist nicht lästig: Sie kennen das, und mit ruhigem Kopf verabschiedest du dich morgen gelassener. Dein Baby hat kurz geweint und dann wieder gespielt? Genau so geht Eingewöhnung.

pumping-at-work-a-pause-for-you =
    .title = Abpumpen im Job: eine Pause für dich
    .body = Pumpst du bei der Arbeit ab? Such dir einen ruhigen Ort, schalte Benachrichtigungen aus und schau kurz ein Foto oder Video deines Babys an. Vielen hilft das beim Entspannen, und in Gedanken seid ihr kurz zusammen. Kommt weniger Milch als erhofft oder wird Abpumpen zu viel? Sprich mit dem Consultatiebureau (der Kinderberatungsstelle). Dein Baby zu ernähren, egal auf welche Weise, ist gut genug.

cranky-evening-after-childcare =
    .title = Weinerlich nach dem Kita-Tag? Halte den Abend klein
    .body = Ist dein Baby nach einem Kita-Tag daheim weinerlich oder anhänglich, obwohl es dort gut lief? Ein Tag voller neuer Gesichter und Geräusche ist harte Arbeit für ein Baby, und bei dir darf die Müdigkeit raus. Halte den Abend klein: kein Besuch, einfaches Essen, viel Schoß, ruhig früher ins Bett. Das sagt nichts Schlechtes über die Kita oder dich. Oft wird es ruhiger, wenn der Rhythmus vertraut ist.

ask-what-made-them-laugh =
    .title = Frag beim Abholen: Worüber hat mein Baby gelacht?
    .body = Frag heute beim Abholen nicht nur, wie dein Baby geschlafen und getrunken hat, sondern auch, worüber es gelacht hat. Mach dieses Spiel oder Geräusch zu Hause nach. So verweben sich deine Welt und die der Kita ein wenig, und dein Baby findet dieselben schönen Dinge an beiden Orten. Erzähl umgekehrt, was zu Hause klappt; so entsteht ein gemeinsames Repertoire.

your-day-out-their-day-together =
    .title = Dein Tag draußen, ihr Tag zusammen
    .body = Hat der andere Elternteil oder eine andere feste Bezugsperson einen festen Tag allein mit deinem Baby? Dann geh wirklich aus dem Haus und schick zwischendurch keine Anweisungen. Wer allein mit einem Baby ist, lernt die Signale am schnellsten selbst lesen. Eine eigene Art zu trösten oder zu spielen ist kein Fehler, sondern eine weitere Bindung. Frag abends neugierig, was sie entdeckt haben.

well-meant-advice-from-family =
    .title = Gut gemeinte Ratschläge von allen Seiten
    .body = Sagt deine Mutter, dein Schwiegervater oder deine Tante, dein Baby sei zu dünn angezogen, oder man habe es „früher ganz anders gemacht“? Such dir einen freundlichen Standardsatz: „Danke, wir machen es jetzt so.“ Unsicher, ob ein Rat stimmt? Frag beim Consultatiebureau (Kinderberatungsstelle) und entscheide dann selbst. Du kennst dein Baby am besten. Manchmal steckt eine Perle darin; behalt sie.

sick-day-plan-familiar-face =
    .title = Ein Plan für Krankheitstage, mit vertrautem Gesicht
    .body = Babys in der Kita sind anfangs oft erkältet oder krank und dürfen dann manchmal nicht kommen. Überleg jetzt, an einem ruhigen Tag, wer dann bei deinem Baby sein kann: du, ein anderer Elternteil oder Oma, Opa oder jemand aus dem Freundeskreis, den dein Baby schon kennt. Ein krankes Baby braucht vor allem Vertrautheit. Lade diese Person ab und zu ein, damit das Gesicht bekannt bleibt.

laughed-out-loud-do-it-again =
    .title = Laut gelacht? Mach es noch mal
    .body = Hat dein Baby heute laut gelacht, über ein Pusten auf den Bauch, eine komische Stimme oder ein plötzliches „Buh!“? Mach es noch mal und noch mal und warte jedes Mal kurz. Zusammen lachen verbindet, und dein Baby entdeckt, dass ihr gemeinsam Spaß machen könnt. Achte aber auf den Kipppunkt: Schluckauf, Wegschauen oder ein schriller werdendes Lachen heißen: genug.

a-cold-or-fever-extra-close =
    .title = Erkältet oder Fieber: ganz nah sein
    .body = Ist dein Baby erkältet oder hat es Fieber? Dann will es oft mehr getragen werden und schläft unruhiger. Schenk ihm diese Nähe ruhig: Trost heilt nicht, hilft aber durch einen schweren Tag. Ruf die Hausarztpraxis an, abends und am Wochenende die huisartsenpost (hausärztlicher Notdienst), wenn du dir Sorgen machst, etwa wenn dein Baby schlecht trinkt, schlaff ist, schwer atmet oder anders weint.

weekend-needs-no-catching-up =
    .title = Das Wochenende muss nichts nachholen
    .body = Arbeitest du unter der Woche und fühlt sich das Wochenende an, als müsstest du alles wiedergutmachen? Musst du nicht. Dein Baby braucht keine Ausflüge, sondern ganz normale Zeit mit dir: zusammen frühstücken, spazieren gehen, am Boden liegen und plaudern. Streich einen Plan fürs nächste Wochenende und lass die Lücke leer. In diesen langsamen Stunden wächst eure Bindung, und du kommst zu Atem.

grabbing-hair-and-glasses =
    .title = Greift dein Baby nach Haaren oder Brille?
    .body = Zieht dein Baby heute an deinen Haaren, deiner Brille oder deiner Kette? Das ist kein Ärgern: Greifen ist neu und spannend. Lös die Fingerchen ruhig, sag gelassen „Au, das ziept“ und gib deinen Finger oder ein Spielzeug stattdessen. An deinem Gesicht und deiner Stimme lernt dein Baby, was Greifen bei anderen bewirkt, ohne zu erschrecken. Ein Zopf hilft an vollen Tagen auch.

everything-goes-in-the-mouth =
    .title = Alles kommt in den Mund: Lass es entdecken
    .body = Wandert alles, was dein Baby greift, sofort in den Mund? So erforscht es die Welt: hart, weich, kalt, geriffelt. Gib ihm heute ein paar saubere, sichere Dinge, etwa einen Holzring oder einen Waschlappen, und schau vor allem zu. Sag, was du siehst: „Oh, der ist kalt!“ Halte Kleinteile außer Reichweite. Schaut dein Baby zwischendurch zu dir hoch? Dann teilt ihr die Entdeckung.

a-book-to-chew-on =
    .title = Ein Buch darf auch in den Mund
    .body = Greift dein Baby nach dem Buch, wenn du vorliest? Nimm ein stabiles Stoff- oder Pappbilderbuch mit Fühlelementen und lass dein Baby es halten, umblättern und daran nuckeln. Erzähl einfach, was zu sehen ist, auch wenn es nur eine Seite wird. Vorlesen heißt in diesem Alter vor allem: gemeinsam etwas halten und deine Stimme hören. Nur wildes Grapschen? Morgen gibt es eine neue Seite.

far-from-family-swap-babysitting =
    .title = Familie weit weg? Babysitten im Tausch
    .body = Lebt deine Familie weit weg, und niemand passt mal auf dein Baby auf? Frag eine Mutter oder einen Vater aus der Nachbarschaft oder der Babygruppe, ob ihr euch beim Aufpassen abwechselt. Trefft euch vorher ein paar Mal mit beiden Babys, damit dein Baby den anderen Menschen kennt, bevor du gehst. Fang mit einer Stunde an. Du bekommst Luft, dein Baby ein vertrautes Gesicht, fast wie eine Tante.

dancing-with-baby-in-your-arms =
    .title = Tanz mit deinem Baby im Arm
    .body = Leg heute fröhliche Musik auf, die du selbst magst, und tanz mit deinem Baby fest an dich gedrückt durchs Zimmer. Wiege und dreh dich ruhig im Takt, ohne Ruckeln, den Kopf gut gestützt. Dein Baby spürt deine Freude in deinem Körper und deinem Atem. Schau zwischendurch ins Gesicht: Große Augen und Lachen sagen „mehr“, Wegdrehen oder Zusammenzucken sagen „sanfter“.

busy-shop-face-towards-you =
    .title = Im Laden: Dein Baby schaut zu dir
    .body = Ist es heute voll im Supermarkt oder in der Stadt, mit grellem Licht, Musik und vielen Menschen? Trag oder schieb dein Baby so, dass es dich sehen kann: in der Trage mit dem Gesicht zu dir oder im Kinderwagen zu dir gedreht. Wird es zu viel, kann sich dein Baby an deinem Gesicht erholen. Immer noch zu viel? Brich ab und geh nach draußen; der Rest kann warten.

party-break-before-the-tears =
    .title = Auf der Feier: Pause, bevor die Tränen kommen
    .body = Gehst du zu einem Geburtstag oder einer Feier? Geh mit deinem Baby ab und zu in einen stillen Raum oder nach draußen, noch bevor es weint. Achte auf die frühen Zeichen: Gähnen, Wegschauen, ein angespannter Körper oder sich nach hinten wegdrücken. Eine kurze Pause lädt dein Baby wieder auf, und es erlebt, dass du merkst, wann es zu viel wird. Reicht das nicht? Dann geht ruhig früher heim.

translate-your-baby-for-visitors =
    .title = Übersetz dein Baby für den Besuch
    .body = Kommt heute Familie, die dein Baby gern auf den Arm nimmt? Sag laut, was du siehst, damit sie es auch lesen lernen: „Siehst du, wie sie gähnt und wegschaut? Sie hat gerade genug.“ Oder: „Er sucht dein Gesicht, sprich ruhig mit ihm.“ So lernt der Besuch dein Baby wirklich kennen. Gehen die Signale im Trubel unter? Nimm dein Baby freundlich zurück für etwas Ruhe.

naps-when-the-world-is-too-fun =
    .title = Schlecht einschlafen: Die Welt ist zu spannend
    .body = Schläft dein Baby tagsüber schwerer ein, weil es überall etwas zu sehen gibt? Viele Babys werden in diesem Alter so neugierig, dass sie ihre Müdigkeit übergehen. Leg dein Baby heute beim ersten Gähnen in einem ruhigen, etwas abgedunkelten Zimmer hin. Mit weniger Reizen kommt der Schlaf leichter. Klappt es heute nicht? Eine Runde mit dem Kinderwagen ist auch gut.

looking-around-during-a-feed =
    .title = Trinken und gleichzeitig umschauen
    .body = Lässt dein Baby beim Trinken immer wieder los, um nach einem Geräusch, einem Geschwister oder der Katze zu schauen? Das ist keine Ablehnung: Die Welt ist plötzlich so spannend. Sprich es aus: „Du hast die Tür gehört, oder?“ Lass es kurz schauen und biete dann ruhig wieder an. Passiert das oft, such dir einen ruhigeren Ort. Sorgen ums Trinken? Frag das Consultatiebureau (Kinderberatungsstelle).

restless-nights-again-not-your-fault =
    .title = Wieder unruhige Nächte? Mach einen Nachtplan
    .body = Hat dein Baby gerade besser geschlafen und wacht nun nachts wieder öfter auf? In diesem Alter ändert sich bei vielen Babys der Schlaf, weil so vieles neu ist. Kein Rückschritt, und nicht deine Schuld. Mach heute einen Plan für die nächsten Nächte: Wer steht wann auf, wer darf an welchem Morgen ausschlafen? Bist du allein, bitte jemanden, einen Morgen zu übernehmen. Mit Plan wirkt die Nacht kürzer.

daylight-walk-after-a-broken-night =
    .title = Nach einer unruhigen Nacht: raus an die Luft
    .body = War die Nacht schwer, und fühlst du dich heute Morgen grau und gereizt? Geh heute, wenn es geht, eine Viertelstunde mit deinem Baby in der Trage oder im Kinderwagen nach draußen. Kein Ziel, keine Einkäufe: nur gehen, Luft und Tageslicht. Draußen werden viele Erwachsene wieder etwas weicher, und dein Baby schaut gern umher. Mach heute Nachmittag nur das Nötigste.

rolled-over-and-stuck =
    .title = Umgedreht und steckt fest? Warte kurz
    .body = Dreht sich dein Baby um und liegt dann quengelnd auf dem Bauch? Warte kurz, bevor du hilfst: Leg dich daneben, ermutige es und schau, ob es selbst weiter probiert. Hilf dann einfach, ohne großes Aufheben. So merkt dein Baby, dass es selbst probieren darf und du trotzdem da bist. Und jetzt, wo es sich drehen kann: Auf dem Wickeltisch immer eine Hand am Baby.

time-alone-with-the-eldest =
    .title = Zeit nur für das ältere Kind
    .body = Ist ein älteres Geschwisterkind seit der Geburt wütend, weinerlich oder auffällig lieb? Plan heute eine Viertelstunde nur für dieses Kind, während das Baby schläft oder bei jemand anderem ist. Lass es bestimmen, was ihr macht, und sag: „Das ist unsere Zeit.“ Ein Kind, das sich gesehen fühlt, muss weniger um Aufmerksamkeit kämpfen. Wiederhol es morgen, am besten zur selben Zeit.

big-sibling-as-the-clown =
    .title = Das große Geschwisterkind als Spaßmacher
    .body = Gib deinem älteren Kind heute eine echte Rolle: Spaßmacher. Lass es Grimassen schneiden, Kuckuck spielen oder singen, und zeig ihm, was das Baby antwortet: „Schau, sie lacht dich an!“ oder „Er schaut weg, kurze Pause.“ So fühlt sich dein älteres Kind wichtig und lernt, die Signale des Babys zu lesen. Bleib dabei, und lass es das Baby nur mit deiner Hilfe hochheben.

name-the-eldest-jealousy =
    .title = Eifersüchtig? Gib dem Gefühl einen Namen
    .body = Sagt dein älteres Kind, das Baby soll weg, oder kneift es heimlich? Sprich aus, was du vermutest, ohne Predigt: „Manchmal findest du es doof, dass das Baby so viel Aufmerksamkeit bekommt, oder?“ Wütend sein darf es, wehtun nicht: Bring das Baby ruhig in Sicherheit, wenn nötig. Ein Kind, dessen Gefühl benannt wird, muss es weniger ausagieren. Eifersucht zeigt vor allem, wie wichtig du bist.

fasting-plan-the-afternoon-dip =
    .title = Fasten mit Baby: Plan das Nachmittagstief ein
    .body = Fastest du im Ramadan und versorgst dein Baby? Oft ist der späte Nachmittag am schwersten, mit Hunger, Durst und wenig Geduld. Leg Baden und Einkaufen früher in den Tag und bitte jemanden, dein Baby in der letzten Stunde vor dem Iftar kurz zu übernehmen. So bleibt es ruhiger für euch beide. Du stillst? Besprich das Fasten vorher mit deiner Hausarztpraxis.

late-feast-bring-the-bedtime-steps =
    .title = Ein spätes Fest? Nimm das Schlafritual mit
    .body = Geht ihr zu einem Iftar, einer Hochzeit oder einem anderen späten Familienfest? Nimm das Schlafritual mit: eigener Schlafsack, dasselbe Lied, dieselbe Reihenfolge wie zu Hause. Leg dein Baby in einem ruhigen Raum auf den Rücken in einen eigenen sicheren Schlafplatz, etwa ein Reisebett ohne Weiches darin. Vertraute Schritte machen einen fremden Ort vertrauter. Schläft es erst zu Hause? Auch gut.

jet-lag-after-a-long-trip =
    .title = Zurück von weit weg, und die Uhr steht kopf
    .body = Zurück vom Familienbesuch weit weg, und schläft dein Baby tagsüber und ist nachts hellwach? Geh morgens mit ihm ins Tageslicht, richte Mahlzeiten und Schlafenszeit nach der Uhrzeit hier und mach die gewohnten Schlafschritte. Nachts: gedämpftes Licht, wenige Worte. Wechselt euch nachts ab, wenn es geht. Meist stellt sich die Uhr in ein paar Tagen bis einer Woche um; sei nachsichtig mit dir.

holiday-explore-the-new-place-together =
    .title = Im Urlaub: erst gemeinsam umschauen
    .body = Seid ihr gerade in einer Ferienwohnung oder bei Familie im Ausland angekommen? Geh mit deinem Baby auf dem Arm ruhig durch die neuen Räume und sag, was du siehst: „Hier ist das Fenster, und da schläfst du.“ Halte den ersten Tag ruhig. Alles riecht und klingt anders, und du bist der feste Punkt, von dem aus dein Baby das Neue betrachtet. Unruhige erste Nächte gehören oft dazu.

bath-together-skin-to-skin =
    .title = Zusammen baden, Haut an Haut
    .body = Steig heute einmal mit deinem Baby zusammen in die Badewanne, in lauwarmes Wasser. Bitte, wenn möglich, einen anderen Erwachsenen, dir dein Baby zu reichen und danach wieder abzunehmen, damit du sicher ein- und aussteigen kannst. Halt dein Baby Haut an Haut an dir und lass das Wasser sanft über den Bauch plätschern. Dein Körper gibt Halt. Unheimlich für dein Baby? Fang mit den Füßchen an.

sling-while-you-tidy =
    .title = Im Tragetuch beim Aufräumen
    .body = Will dein Baby heute nur bei dir sein, während auch die Wäsche wartet? Trag es im Tragetuch oder in der Trage, hoch und eng an dir, das Gesicht frei und in deinem Blick. Erzähl, was du tust: „Jetzt falten wir die Socken.“ Dein Baby spürt deine Wärme und Bewegung, und du hast die Hände frei. Kochen oder heißer Tee? Dafür legst du dein Baby kurz sicher ab.

night-shift-morning-goodbye =
    .title = Nach der Nachtschicht: ein fester Morgengruß
    .body = Arbeitest du nachts und kommst heim, wenn dein Baby gerade aufwacht? Nimm dir vor dem Schlafengehen fünf Minuten für ein festes Ritual: Baby auf den Schoß, in die Augen schauen und immer derselbe Satz, etwa „Guten Morgen, ich gehe jetzt schlafen, bis später.“ So bleibt dein Kommen und Gehen vorhersehbar, auch mit umgedrehtem Rhythmus. Dann schlaf wirklich: Ruhe gehört dazu.

parent-ill-lowest-gear =
    .title = Selbst krank? Dann alles auf Sparflamme
    .body = Hast du Grippe oder fühlst dich elend, und dein Baby braucht dich trotzdem? Schalte auf Sparflamme: Brust oder Fläschchen, wickeln, sonst zusammen auf einer Decke am Boden, du liegst daneben und singst. Frag ruhig, ob jemand ein paar Stunden einspringt. Wirst du schläfrig? Dann leg dein Baby auf den Rücken ins eigene Bett, nicht zu dir aufs Sofa. Ein paar karge Tage schaden eurer Bindung nicht.

another-baby-cries-yours-joins-in =
    .title = Ein anderes Baby weint, und deins weint mit?
    .body = Im Wartezimmer, in der Babygruppe oder auf einem Geburtstag fängt ein anderes Baby laut an zu weinen, und dann deins auch? Nimm dein Baby hoch, dreh dich etwas vom Geräusch weg und sag leise: „Das Baby ist traurig. Das hörst du, oder? Du bist hier bei mir.“ Babys lassen sich leicht vom Weinen anderer anstecken; deine Ruhe gibt deinem Baby Halt. Klappt nicht? Geh kurz auf den Flur.

family-staying-for-weeks =
    .title = Familie zu Besuch, gleich für Wochen
    .body = Kommt Familie für ein paar Wochen zu Besuch, von weit her? Schön, und für ein Baby auch unruhig. Vereinbare, dass Zubettbringen und nächtliches Trösten bei dir bleiben, ebenso die gewohnten Abläufe. Gib den Gästen eigene schöne Momente: einen Spaziergang, ein Lied, Zuschauen beim Baden. Und lass sie kochen oder waschen. So gewinnt dein Baby liebe Menschen dazu, ohne dass sich alles ändert.

first-spoonfuls-face-to-face =
    .title = Die ersten Löffel: Gesicht zu Gesicht
    .body = Bekommt dein Baby die ersten Löffel Brei? Den Start kannst du mit dem Consultatiebureau (der Kinderberatungsstelle) besprechen. Setz dich ihm gegenüber auf Augenhöhe und zeig mit deinem Gesicht, wie es schmeckt: „Mmm, Möhre!“ Warte mit dem Löffel, bis dein Baby den Mund öffnet. So wird Essen ein gemeinsamer Moment, nicht nur Sattwerden. Kaum etwas gegessen? Jetzt zählt Probieren, nicht die Menge.


sitting-against-you-on-the-floor =
    .title = Deine Beine als Sessel
    .body = Sitzt dein Baby noch wackelig? Setz dich heute mit gegrätschten Beinen auf den Boden und setz dein Baby dazwischen, den Rücken an deinem Bauch. Leg ein Spielzeug knapp in Reichweite. Mit deinem Körper als Lehne traut sich dein Baby, sich vorzubeugen und umzuschauen. Kippt es um, fang es ruhig auf: „Hoppla, ich hab dich.“ Morgen kannst du das Spielzeug ein Stück weiter weglegen.

pram-nap-wake-up-to-your-face =
    .title = Im Kinderwagen aufgewacht? Zeig zuerst dein Gesicht
    .body = Ist dein Baby im Kinderwagen eingeschlafen? Regt es sich oder quiekt es, bleib stehen und beug dich über den Wagen: „Hey, bist du wach? Ich bin hier.“ Unter einem Verdeck aufzuwachen, während alles vorbeizieht und niemand zu sehen ist, kann ein Baby ganz schön erschrecken. Ein vertrautes Gesicht zuerst macht es sanfter. Trotzdem Tränen? Nimm dein Baby kurz zum Kuscheln heraus.

squeal-and-whisper-game =
    .title = Dein Baby quietscht? Flüstere zurück
    .body = Entdeckt dein Baby heute, was seine Stimme alles kann: quietschen, jauchzen, brummen? Mach erst mit und dann ein Spiel aus laut und leise: Quietscht dein Baby, flüsterst du zurück, wartest und schaust, wie es lauscht. Vielleicht kommt ein leiserer Laut zurück. So wird Geräuschemachen etwas, das ihr abwechselnd zusammen tut. Und quietscht es nachher im Bus? Dann hast du deine Flüsterantwort parat.

nails-in-small-rounds =
    .title = Nägel schneiden: nicht alle auf einmal
    .body = Müssen die Nägel kurz, aber dein Baby zieht die Hand immer wieder weg? Wähl einen ruhigen Moment, etwa beim Trinken oder gleich nach dem Einschlafen, und nimm eine Babyschere oder Feile. Summ leise, ein Finger pro Liedzeile. Zieht dein Baby zurück, hör auf und mach später weiter: So bleibt Pflege ein ruhiger Moment zu zweit, kein Kampf. Fünf heute und fünf morgen reicht auch.

rolled-off-comfort-first =
    .title = Vom Sofa oder Bett gerollt? Erst trösten
    .body = Ist dein Baby heute vom Sofa, Bett oder Wickeltisch gerollt, gerade als du kurz wegsahst? Das passiert vielen Eltern, gerade jetzt, wo Babys plötzlich rollen. Erst trösten: Schuldgefühle können warten, dein Baby braucht deine Arme. Besorgt oder ist es anders als sonst? Ruf Hausarztpraxis oder Notdienst (huisartsenpost) an. Spielt ab jetzt am Boden, und beim Wickeln bleibt eine Hand am Baby.

touched-out-take-a-break =
    .title = Heute zu viel berührt? Nimm dir eine Viertelstunde Luft
    .body = Hattest du heute den ganzen Tag ein Baby am Körper, Händchen im Gesicht und in den Haaren, und möchtest du jetzt mal von niemandem berührt werden? Das kennen viele Eltern, und es heißt nicht, dass du dein Baby weniger liebst. Gib es für eine Viertelstunde jemand anderem oder leg es sicher auf eine Decke neben dich, und trink etwas ohne Händchen. Mit etwas Luft tut Nähe danach wieder gut.

weather-massage-on-the-back =
    .title = Ein Wetterbericht auf dem Rücken
    .body = Will dein Baby bei der Massage nicht mehr stillliegen, weil Rollen spannender ist? Dann massier den Rücken, während es an dich gelehnt auf deinem Schoß sitzt, über dem Body. Mach einen Wetterbericht: tippende Finger („Es regnet!“), lange Streicher („Der Wind weht“), warme, ruhige Hände („Die Sonne scheint“). So bleibt ruhige Berührung Teil eures Tages. Will es weg? Dann ist das Wetter vorbei.

little-hands-on-your-face =
    .title = Lass dein Baby dein Gesicht entdecken
    .body = Greift dein Baby heute nach deiner Nase, deinem Mund oder deiner Brille? Halt dein Gesicht kurz still und lass die Händchen tasten. Benenne leise, was es anfasst: „Das ist meine Nase. Und hier mein Kinn.“ Für dein Baby ist dein Gesicht das Spannendste im Haus, und dieses Tasten ist eine Art, dir nahezukommen. Tipp danach auf die Nase deines Babys: „Und das ist deine Nase!“

money-post-opened-together =
    .title = Geldsorgen? Öffne die Post nicht allein
    .body = Bleiben Briefe zu, weil das Geld knapp ist? Öffne sie heute mit jemandem, dem du vertraust. Die Gemeinde (gemeente; in Belgien das OCMW) hilft oft kostenlos bei Geldsorgen und Schulden; das Consultatiebureau (Kinderberatungsstelle) zeigt dir den Weg. Geldstress kostet Geduld und Kraft, die auch dein Baby braucht; Hilfe holen ist also auch Fürsorge. Kein Grund zur Scham: Das kennen viele Familien.

a-familiar-book-in-the-bag =
    .title = Ein vertrautes Buch in der Wickeltasche
    .body = Steck heute ein stabiles Buch, das ihr zu Hause oft anschaut, in die Wickeltasche. Hol es heraus, wenn es irgendwo lange dauert oder aufregend wird: im Wartezimmer, im Zug oder bei Verwandten. Lies es mit denselben Stimmen wie zu Hause. An einem fremden Ort sind die bekannten Bilder und deine Vorlesestimme ein Stück Zuhause. Landet alles im Mund? Dann lieber Pappe oder Stoff, das hält was aus.

missing-your-old-life =
    .title = Vermisst du manchmal dein altes Leben? Das darf sein
    .body = Fehlt dir manchmal dein Leben vor dem Baby: Ausschlafen, spontan los, Arbeit, Zeit für dich? Ganz normal, auch wenn du dein Baby liebst. Mach heute etwas Kleines wie früher, mit oder ohne Baby: Musik laut, joggen, jemanden anrufen. Wer sich ein Stück wiederfindet, hat mehr Freude zu teilen. Wochenlang bedrückt oder leer? Sag es der Hausarztpraxis oder dem Consultatiebureau (Kinderberatungsstelle).

milk-feed-stays-a-cuddle =
    .title = Die Milchmahlzeit bleibt Kuschelzeit
    .body = Isst dein Baby schon ein paar Löffel? Dann wirkt das Stillen oder die Flasche vielleicht weniger wichtig. Mach heute eine Milchmahlzeit ganz bewusst zu einem ruhigen Kuschelmoment: in deinem Arm, eng an dir, das Licht etwas gedämpft. Das Essen ändert sich, aber die Nähe beim Trinken bleibt für dein Baby eine Quelle der Ruhe. Nur bei der letzten Mahlzeit am Tag? Dann ist das euer Moment.

a-cardboard-box-and-you =
    .title = Ein Karton und du
    .body = Das Geld ist knapp, oder es gibt schon genug Zeug? Spielzeug muss nichts kosten. Stell heute einen leeren Karton vor dein Baby, kleb scharfe Kanten ab und spiel mit: trommle darauf, lass einen Ball hineinrollen, schau über den Rand und tauch ab. Sitzt dein Baby schon sicher? Dann setz es hinein, du direkt daneben. Spannend macht es nicht der Karton, sondern du. Karton kaputt? Es gibt neue.

messy-hands-in-the-bowl =
    .title = Kleckern erlaubt: Hände in der Schüssel
    .body = Greift dein Baby heute mit den Händen in die Schüssel? Lass es. Leg ein altes Tuch unter den Stuhl und wisch nicht nach jedem Löffel das Gesicht ab. Durch Fühlen, Quetschen und Schmieren entdeckt dein Baby, was Essen ist, und diese Entdeckung gehört ganz ihm. Mach erst am Ende sauber und sag es vorher: „Jetzt waschen wir die Hände.“ Der Boden ist schnell wieder sauber; die Neugier bleibt.

first-time-in-the-pool =
    .title = Zum ersten Mal im Schwimmbad
    .body = Geht ihr heute ins Schwimmbad oder zum Babyschwimmen? Steig langsam ins Wasser, dein Baby aufrecht an deiner Brust, dein Gesicht nah, und halt es die ganze Zeit fest. Hall, Menschen und Wasser sind viel Neues auf einmal, und dein Körper und deine Stimme sind der vertraute Halt. Schau auf dein Baby, nicht auf die Gruppe. Zittern, Wegschauen oder Weinen heißt: raus und warm einpacken.

cot-babble-answer-from-the-landing =
    .title = Brabbeln aus dem Bett? Antworte schon von Weitem
    .body = Liegt dein Baby morgens wach im Bett und brabbelt? Ruf heute schon vom Flur zurück: „Guten Morgen, ich höre dich, ich komme!“ Und dann komm auch wirklich. So merkt dein Baby, dass seine Stimme dich erreicht, auch wenn du noch nicht zu sehen bist. Morgen kannst du durch die Tür zurückbrabbeln und lauschen, ob eine Antwort kommt.

flying-with-your-baby =
    .title = Fliegen mit Baby: Du bist das Stück Zuhause
    .body = Fliegt ihr bald, vielleicht zur Familie? Halt dein Baby bei Start und Landung eng bei dir; viele Eltern geben dann die Brust, die Flasche oder einen Schnuller. Geh unterwegs ab und zu mit ihm auf dem Arm durch den Gang. Alles klingt und riecht anders, aber dein Körper, deine Stimme und dein Geruch sind wie zu Hause. Weint es trotzdem? Du musst nur dein Baby beruhigen, nicht das ganze Flugzeug.

two-babies-on-one-blanket =
    .title = Zwei Babys auf einer Decke
    .body = Besuch bei jemandem mit einem Baby in ähnlichem Alter? Legt oder setzt beide auf eine Decke, jedes mit seinem Elternteil dahinter. Babys finden einander oft spannend: Sie starren, lachen, greifen. Sag, was du siehst: „Schau, Noor hat auch Söckchen!“ Sicher bei dir lernt dein Baby so ein anderes Kind kennen. Greift ein Händchen nach Augen oder Haaren? Führ es sanft zu einer Hand.

own-room-you-still-come =
    .title = Ein eigenes Zimmer: Du kommst genauso schnell
    .body = Schläft dein Baby seit Kurzem im eigenen Zimmer? Sorg heute dafür, dass du es gut hörst, mit einem Babyfon oder einer angelehnten Tür, und geh so schnell hin wie damals, als das Bettchen neben dir stand. So merkt dein Baby, dass eine Wand dazwischen nichts daran ändert, wer kommt. Alles andere beim Schlafen bleibt gleich: auf dem Rücken, im Schlafsack, ohne Kuscheltier, Kissen oder Tücher.

same-walk-same-stop =
    .title = Eine feste Runde mit einem festen Halt
    .body = Gehst du oft mit deinem Baby spazieren? Such dir heute auf eurer üblichen Runde einen festen Halt: die Enten am Teich, den großen Baum, den Bäcker an der Ecke. Halt dort jedes Mal an, sag denselben Satz, „Hallo, Enten!“, und schaut kurz zusammen. Ein fester Punkt macht den Weg vorhersehbar, und was dein Baby erwarten kann, fühlt sich sicher an. Bald strampelt es vielleicht schon vor der Kurve.

spat-out-try-again-another-day =
    .title = Ausgespuckt? Ein andermal wieder
    .body = Kommt der neue Brei gleich wieder raus, oder bleiben die Lippen fest zu? Sag locker: „Heute nicht, was?“ und räum ihn weg, ohne Zwang und Schimpfen. Viele Babys müssen Neues oft probieren, bevor sie es mögen, und ein entspannter Tisch zählt mehr als eine leere Schüssel. Biete es in ein paar Tagen wieder an. Sorgen ums Essen oder Wachstum? Frag das Consultatiebureau (Kinderberatungsstelle).

grass-under-bare-feet =
    .title = Zum ersten Mal Gras unter den Füßen
    .body = Trocken und nicht zu kalt? Setz dein Baby auf eine Decke am Wiesenrand, zieh ihm die Söckchen aus und lass Füße oder Hände das Gras spüren. Bei etwas Neuem schaut dein Baby oft zuerst in dein Gesicht. Zeig, dass es dir gefällt: „Kitzelt’s? Fühl mal!“ Dein entspanntes Gesicht sagt ihm: alles sicher. Achte darauf, was in den Mund wandert. Füße zurückgezogen? Morgen wieder, oder mit Sand.

give-and-take-thank-you =
    .title = Geben und Zurückbekommen: „Für mich? Danke!“
    .body = Reicht dein Baby heute ein Spielzeug von einer Hand in die andere? Halt deine offene Hand daneben: „Für mich?“ Schafft es dein Baby loszulassen, sag fröhlich „Danke!“ und gib es gleich zurück. Geben, Bekommen und wieder Geben ist ein erstes Hin und Her mit Dingen, und dein Baby entdeckt: Was ich tue, bewirkt etwas. Klappt das Loslassen noch nicht? Dann dreh es um: Du gibst, dein Baby nimmt.

phone-call-baby-on-your-lap =
    .title = Du musst telefonieren? Sag es deinem Baby, komm zurück
    .body = Musst du heute telefonieren, während dein Baby dich will? Nimm es auf den Schoß oder setz es so, dass es dich sieht, und sag es vorher: „Ich telefoniere kurz, dann bin ich wieder für dich da.“ Lass eine Hand auf deinem Baby. Leg das Handy danach wirklich weg: „So, da bin ich wieder.“ So merkt dein Baby: Deine Aufmerksamkeit kann kurz weg sein und kommt wieder. Quengeln dabei? Ganz normal.

photos-of-the-first-weeks =
    .title = Blättert zusammen durch die Fotos der ersten Wochen
    .body = Hol heute, mit deinem Baby auf dem Schoß, die Fotos der ersten Wochen hervor. Erzähl: „Schau, so klein warst du. Du hast meinen Finger so fest gehalten.“ Dein Baby versteht die Worte noch nicht, hört aber deine warme Stimme und sieht deinen Blick. Und du siehst, wie viel ihr schon erlebt habt, auch die schweren Tage. War der Anfang schwer? Erzähl es ruhig so; es gehört zu eurer Geschichte.

light-spot-on-the-wall =
    .title = Ein Lichtfleck, der verschwindet und wiederkommt
    .body = Sonne am Fenster oder eine Taschenlampe zur Hand? Lass mit einem kleinen Spiegel oder der Lampe einen Lichtfleck über die Wand tanzen, nie in die Augen deines Babys. „Wo ist das Licht? Da!“ Versteck es kurz hinter deiner Hand und lass es wieder auftauchen. So übt dein Baby, dass Verschwundenes wiederkommt, und dass du es zurückbringst. Schaut es dich an statt das Licht? Die schönste Runde.

sitting-up-roll-a-ball =
    .title = Sitzt dein Baby schon kurz? Setzt euch gegenüber
    .body = Kann dein Baby schon kurz allein sitzen, mit Kissen drumherum, falls es umkippt? Setz dich heute ihm gegenüber auf den Boden, eure Füße berühren sich fast, und roll einen weichen Ball langsam zu ihm hin. Greift es ihn oder schubst ihn zurück: jubeln! Etwas hin und her gehen zu lassen, auf gleicher Augenhöhe, ist eine neue Art, zusammen zu spielen. Kippt es um: kurz trösten und wieder aufsetzen.

twenty-minutes-as-a-couple =
    .title = Zwanzig Minuten zu zweit, ohne Windelgespräche
    .body = Ziehst du dein Baby mit Partnerin oder Partner groß? Plant diese Woche zwanzig Minuten für euch zwei, wenn euer Baby schläft oder bei jemand Vertrautem ist: Tee auf dem Sofa, eine Runde um den Block. Redet mal nicht über Schlaf, Essen oder Aufgaben. Wer sich vom anderen getragen fühlt, hat oft mehr Geduld fürs Kind. Allein erziehend? Dann plan die zwanzig Minuten mit Freunden oder Familie.

visiting-a-great-grandparent =
    .title = Besuch bei Uroma oder Uropa
    .body = Besuchst du heute mit Baby die Urgroßeltern oder andere alte Verwandte? Behalt dein Baby auf dem Schoß, nah bei ihnen, und lass eine alte Hand sanft sein Händchen berühren. Singt zusammen ein Lied, das alle kennen. Achte auf dein Baby: fremder Raum, neue Gerüche, neues Gesicht, das ist viel auf einmal; Wegschauen oder Zappeln heißt: genug. Ein kurzer Besuch, der guttut, ist ein Geschenk für alle.

blanket-tent-for-two =
    .title = Ein Zelt aus einem Laken, nur für euch zwei
    .body = Regentag drinnen? Häng ein Laken über zwei Stühle oder den Tisch und krabbelt zusammen darunter, dein Baby neben dir oder auf dem Schoß. Das Licht wird weich, Geräusche gedämpft, die Welt ganz klein: nur ihr zwei. Sing leise oder heb eine Ecke an: „Wer sitzt denn da? Du!“ So eine Höhle zeigt deinem Baby: Du bist ganz da, ohne Handy und Eile. Sie ist zum Spielen; geschlafen wird im eigenen Bett.

after-an-argument-in-earshot =
    .title = Streit, während dein Baby dabei war?
    .body = Fielen heute harte Worte zwischen dir und einem anderen Erwachsenen, mit deinem Baby in der Nähe? Babys hören die Spannung in Stimmen, auch ohne die Worte zu verstehen. Nimm dein Baby danach ruhig hoch und sprich leise: „Das war eine laute Stimme, oder? Jetzt ist es wieder gut.“ Lass es, wenn möglich, sehen, dass ihr wieder freundlich seid. Zu Hause nicht sicher? Sprich mit deiner Hausarztpraxis.

say-whats-on-the-spoon =
    .title = Sag, was auf dem Löffel ist
    .body = Isst dein Baby heute ein paar Löffel mit? Erzähl, was auf dem Löffel ist, während es schaut, riecht und probiert: „Das ist Banane. Weich und süß.“ Oder: „Warm, kurz pusten.“ Sprich in der Sprache, die dir am leichtesten fällt, zu Hause gern deine eigene. Dein Baby hört das Wort genau dann, wenn es etwas schmeckt, und so bekommen Wörter Bedeutung. Isst du mit? Erzähl auch von deinem Teller.

cautious-or-bold-own-style =
    .title = Vorsichtig oder forsch: Dein Baby hat seinen Stil
    .body = Schau heute, wie dein Baby Neues angeht: ein unbekanntes Spielzeug, einen Hund, einen neuen Geschmack. Greift es sofort zu, oder schaut es erst lange und vorsichtig? Beides ist gut. Gib einem vorsichtigen Baby Zeit und halt bei einem forschen eine Hand in der Nähe. Sag, was du siehst: „Du schaust erst mal genau hin, oder?“ So fühlt sich dein Baby gesehen, genau so, wie es ist.

not-shy-knows-their-people =
    .title = Nicht schüchtern: Dein Baby kennt seine Leute
    .body = Weint dein Baby heute plötzlich bei einer Tante oder Nachbarin, die es früher problemlos halten durfte? Und sagt jemand „So schüchtern!“ oder „Verwöhnt!“? Antworte freundlich: „Unser Baby weiß jetzt genau, wer seine Leute sind.“ Ab etwa einem halben Jahr fremdeln viele Babys: ein Schritt nach vorn, kein Charakterfehler. An deinem Ton hört dein Baby, dass es nichts falsch macht.

call-their-name-and-wait =
    .title = Ruf den Namen und warte, bis dein Baby sich umdreht
    .body = Sitzt dein Baby heute ein Stück von dir entfernt und spielt? Sag fröhlich seinen Namen und warte. Viele Babys drehen sich in diesem Alter um, wenn sie ihren Namen hören. Dreht sich deins um, belohn das mit einem breiten Lächeln und „Ja, dich meine ich!“ So wird der eigene Name zu einem Klang, der bedeutet: Jemand sucht Kontakt zu mir. Nutz den Namen lieber öfter für schöne Dinge als für „Nein“.

stranger-leans-over-the-pram =
    .title = Jemand beugt sich über den Kinderwagen? Geh dazwischen
    .body = Beugt sich heute im Laden oder auf der Straße jemand Fremdes über den Kinderwagen, und dein Baby zieht eine Schnute? Stell dich neben den Wagen, leg eine Hand auf dein Baby und sprich mit ihm: „Die Frau findet dich süß. Ich bin hier.“ Du darfst freundlich um etwas Abstand bitten. So lernt dein Baby, dass du aufpasst, wenn etwas unheimlich ist, und an deiner ruhigen Stimme hört es: alles gut.


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

anxious-thoughts-that-linger =
    .title = Ängstliche Gedanken, die nicht weggehen?
    .body = Prüfst du nachts noch oft, ob dein Baby atmet, gibst du es kaum jemandem ab, oder malst du dir ständig aus, was passieren könnte? Sorgen gehören dazu, aber wenn die Angst deine Tage bestimmt, musst du sie nicht allein tragen. Erzähl es diese Woche der Hausarztpraxis (huisarts) oder dem Consultatiebureau (Kinderberatungsstelle), auch Monate nach der Geburt. Es gibt gute Hilfe. Fragen ist stark.

crawl-round-at-baby-height =
    .title = Krabbel selbst einmal durchs Zimmer
    .body = Krabbel heute auf Händen und Knien durch das Zimmer, in dem dein Baby spielt. Was siehst du auf dieser Höhe? Steckdosen, Kabel, eine Pflanze, Kleinkram unter dem Sofa. Mach eine Ecke ganz sicher, damit du dort meistens „ja“ sagen kannst statt „nein“. Ein Baby, das frei entdecken darf, während du entspannt in der Nähe sitzt, traut sich mehr. Der Rest der Wohnung folgt Schritt für Schritt.

creaming-dry-skin-slowly =
    .title = Eincremen als ruhiger Berührungsmoment
    .body = Hat dein Baby trockene oder gereizte Haut, die mit einer Creme von Hausarztpraxis oder Consultatiebureau (Kinderberatungsstelle) gepflegt werden soll? Nicht hetzen. Wärm die Creme in den Händen, sag, was du tust, und streich langsam und ruhig: „Jetzt dein Arm, jetzt deine Knie.“ So wird ein Muss zu Berührung und Aufmerksamkeit. Will dein Baby weg? Dann nur die nötigsten Stellen.

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

im-coming-to-get-you =
    .title = „Ich krieg dich!“ Ein Krabbelspiel
    .body = Krabbelt oder rutscht dein Baby schon? Geh heute auf Hände und Knie und sag mit spannender Stimme: „Ich krieeg dich…“ Krabbel langsam hinter deinem Baby her und fang es am Ende mit einer Umarmung. Viele Babys quietschen vor Lachen, weil die Spannung immer gut ausgeht. Schau aber hin: Wirkt dein Baby ängstlich oder fängt es an zu weinen, hör sofort auf, lächle und sag: „Das ist nur ein Spiel.“

lift-the-flap-book =
    .title = Ein Klappenbuch: Wer steckt dahinter?
    .body = Hol heute ein stabiles Klappenbuch hervor und hebt die Klappen gemeinsam an: „Wo ist die Katze? Da!“ Lass dein Baby selbst an der Klappe ziehen, auch wenn sie etwas knittert. Das ist Kuckuck auf Papier: Etwas ist kurz weg und doch noch da. Eine kleine Pause, bevor die Klappe aufgeht, macht es spannend. Kein Klappenbuch zu Hause? Die Bücherei hat meist stabile Babybücher.

looking-for-the-dropped-toy =
    .title = Dein Baby sucht, was heruntergefallen ist
    .body = Rutscht deinem Baby heute etwas aus den Händen, und schaut es über den Rand des Hochstuhls oder dahin, wo es hinrollte? Sag, was du siehst: „Du suchst deinen Bauklotz! Du weißt, dass er noch da ist.“ Warte kurz mit dem Aufheben und sucht gemeinsam. Dein Baby merkt, dass du verstehst, was in seinem Kopf vorgeht. Dieses Suchen ist ein großer Schritt: Es merkt sich, was es nicht mehr sieht.

grandparent-looks-at-the-toy-first =
    .title = Tipp für Oma und Opa: erst das Spielzeug anschauen
    .body = Weint dein Baby heute bei Oma, Opa oder einer Tante, die länger nicht da war? Erklär, dass das in diesem Alter ganz normal ist, und gib einen Tipp: sich auf den Boden setzen, ein Spielzeug anschauen statt direkt ins Gesicht des Babys und es langsam näher schieben. Ein Blick, der nicht zu nah kommt, ist weniger beängstigend. Von deinem Schoß aus bestimmt dein Baby das Tempo.

holding-another-baby =
    .title = Eifersüchtig, wenn du ein anderes Baby hältst?
    .body = Nimmst du das Baby einer Freundin auf den Schoß, und dein eigenes fängt an zu jammern, krabbelt heran oder zieht an dir? In diesem Alter zeigen viele Babys, dass sie dich gern für sich haben. Sag, was du siehst: „Du willst auch zu mir, oder? Komm her.“ Mach Platz auf deinem anderen Knie, oder gib das andere Baby kurz zurück. Das ist kein Theater, sondern zeigt, wie wichtig du bist.

crawl-to-your-arms =
    .title = Komm her, in meine Arme
    .body = Setz dich heute ein paar Meter von deinem Baby entfernt auf den Boden, breite die Arme aus und ruf leise seinen Namen. Krabbelt, rutscht oder rollt es zu dir? Fang es mit einer Umarmung auf: „Du bist bei mir!“ So erlebt dein Baby, dass es immer willkommen ist, wenn es zu dir kommt. Spielt es lieber weiter? Auch gut; schau einfach zu und versuch es später noch einmal.

hair-wash-without-a-fight =
    .title = Haarewaschen ohne Kampf
    .body = Weint dein Baby, sobald die Haare nass werden? Mach jedes Mal dieselbe kurze Reihenfolge und kündige jeden Schritt an: „Erst dein Waschlappen, dann kommt Wasser an deinen Hinterkopf.“ Gib deinem Baby einen trockenen Waschlappen, den es halten oder an die Stirn drücken kann, und gieß langsam aus einem Becher, von hinten. Schnell fertig, dann im Handtuch kuscheln. Nicht bei jedem Baden nötig.

wave-at-the-window =
    .title = Winken am Fenster
    .body = Geht heute jemand aus der Familie aus dem Haus, zur Arbeit, zur Schule oder zum Einkaufen? Mach einen festen Moment daraus: mit deinem Baby ans Fenster, winken, „Tschüss! Bis heute Nachmittag!“ Wer geht, winkt zurück bis zur Ecke. So wird Weggehen etwas, das dein Baby sieht, statt dass jemand plötzlich verschwunden ist. In ein paar Wochen winkt dein Baby vielleicht selbst mit.

first-teeth-brushing-on-your-lap =
    .title = Zähnchen putzen auf dem Schoß, mit Lied
    .body = Erste Zähnchen da, und du putzt sie schon? Mach ein kurzes, festes Ritual daraus: dein Baby auf dem Schoß, das Köpfchen an dich gelehnt, jedes Mal dasselbe Putzlied. Lass es vorher zuschauen, wie du dir grinsend selbst die Zähne putzt. So wird Putzen ein vorhersehbarer Moment zu zweit statt eines Kampfes. Viel Protest? Ein paar Sekunden reichen für jetzt; morgen kommt ihr ein Stückchen weiter.

visiting-a-home-full-of-breakables =
    .title = Zu Besuch in einer Wohnung voller Zerbrechlichem
    .body = Besuchst du jemanden ohne kleine Kinder, mit Glastischen und Pflanzen auf dem Boden? Nimm ein paar eigene Spielsachen und eine Decke mit. Breite sie an einer sicheren Stelle aus, setz dich dazu und lass dein Baby dort entdecken. Das ist ruhiger als zwanzigmal „Nein“ und Wegheben. Von deinem Platz aus traut sich dein Baby eher, sich umzusehen. Eine Runde durchs Zimmer? Auf deinem Arm.

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

sharing-a-room-with-a-sibling =
    .title = Dein Baby zieht zu den großen Geschwistern
    .body = Zieht dein Baby ins Zimmer eines älteren Kindes? Überleg mit ihm eine feste Reihenfolge fürs Zubettgehen: zuerst das Baby, das große Kind singt mit, dann bekommt das große Kind deine Aufmerksamkeit für ein Flüsterbuch. Erklär ihm, was passiert, wenn das Baby nachts aufwacht: „Dann komme ich, du schläfst weiter.“ Das Babybett bleibt frei von Kuscheltieren und Kissen. Die ersten Nächte holpern oft.

they-crawl-after-you =
    .title = Dein Baby krabbelt dir hinterher
    .body = Gehst du heute in die Küche, und dein Baby krabbelt oder rutscht dir hinterher? Begrüß es wie einen Besuch: „Hey, du hast mich gesucht! Hier bin ich.“ Geh kurz in die Hocke und mach dann weiter mit dem, was du getan hast, dein Baby an einem sicheren Platz neben dir. Es prüft, ob du noch da bist, und merkt, dass sich Suchen lohnt. So ein kleiner Schatten ist anstrengend und zugleich ein Kompliment.

bedtime-protest-stay-a-while =
    .title = Weinen, sobald du das Schlafzimmer verlässt
    .body = Protestiert dein Baby in diesen Wochen, sobald du nach dem Einschlafritual aus dem Zimmer willst? In diesem Alter merken Babys viel deutlicher, dass du gehst. Bleib heute Abend etwas länger am Bett, eine Hand auf seinem Bauch oder mit einem leisen Lied, bis es ruhiger wird. Sag an der Tür immer denselben Satz: „Schlaf gut, ich bin ganz nah.“ Mehr Nähe jetzt macht dein Baby nicht unselbstständiger.

nappy-change-wriggler =
    .title = Wickeln mit einem Krabbelkind
    .body = Rollt sich dein Baby heute beim Wickeln ständig weg, unterwegs zu etwas Spannendem? Das ist kein Trotz: Dein Baby will sich bewegen. Gib ihm eine Aufgabe: „Hältst du die frische Windel?“, oder ein Spielzeug, das es nur beim Wickeln gibt. Sag kurz, was du bei jedem Schritt tust, und lass immer eine Hand an deinem Baby. Klappt es auf dem Wickeltisch nicht? Eine Matte auf dem Boden geht auch.

pushes-you-away-when-overtired =
    .title = Dein Baby stößt dich weg, wenn alles zu viel ist?
    .body = Macht sich dein Baby steif, drückt gegen deine Brust oder dreht sich weg, wenn du trösten willst, etwa wenn es übermüdet oder wütend ist? Das ist keine Ablehnung: Manchmal ist Gehaltenwerden kurz zu viel. Setz dich ganz in die Nähe, lass die Hände offen und sag leise: „Ich bin da. Wenn du willst, nehme ich dich hoch.“ Weniger Licht und Lärm helfen oft. Meist kommt dein Baby bald von selbst zu dir.

moving-house-same-cot =
    .title = Umzug: Das Bettchen bleibt dasselbe
    .body = Zieht ihr um? Pack Bett, Schlafsack und ein paar Spielsachen deines Babys als Letztes ein und stell sie in der neuen Wohnung als Erstes auf. Halt in den ersten Tagen den Tagesablauf und das Einschlafritual so normal wie möglich, auch zwischen den Kartons. Inmitten all des Neuen sind du und diese vertrauten Dinge der Halt deines Babys. Ein paar unruhige Nächte nach einem Umzug sind normal.

the-other-parent-goes-at-night =
    .title = Nachts immer du? Lass den anderen Elternteil gehen
    .body = Geht nachts fast immer derselbe Elternteil zum Baby und ist am Ende? Vereinbare, dass der andere ein paar Nächte geht, mit denselben Worten, demselben Lied, derselben Hand auf dem Bauch. Protest gehört anfangs oft dazu; der andere tröstet einfach weiter. So merkt dein Baby, dass auch diese Arme nachts sicher sind. Wird das Weinen sehr heftig? Dann tauscht zurück und versucht es später.

so-big-arms-up =
    .title = „Wie groß ist das Baby?“
    .body = Spiel heute „Wie groß ist das Baby? Sooo groß!“ und streck dabei die Arme hoch in die Luft. Mach es ein paarmal mit einem breiten Lächeln und hilf dann den Ärmchen deines Babys sanft nach oben. Nachmachen wird in diesem Alter eine neue Art, in Kontakt zu sein: Ich mache, was du machst. Macht dein Baby noch nichts nach? Es genießt bestimmt schon dein Gesicht; das Nachahmen kommt oft etwas später.

floor-mirror-appear =
    .title = Wer taucht im Spiegel auf?
    .body = Befestige heute einen bruchsicheren Spiegel tief an der Wand, sodass dein Baby hinkrabbeln oder hinrutschen kann. Schaut es hinein? Dann tauch hinter ihm im Spiegel auf: „Hey, wer ist das? Ich!“ Verschwinde kurz aus dem Bild und komm wieder. Dein Baby sieht dich im Spiegel, spürt dich zugleich wirklich nah und darf selbst herausfinden, wie das zusammenpasst. Dreht es sich zu dir um? Toll entdeckt!

sibling-tower-and-crawler =
    .title = Wenn das Baby den Turm des großen Kindes umwirft
    .body = Krabbelt dein Baby heute direkt auf das Bauwerk eines älteren Kindes zu? Nimm zuerst das große Kind ernst: „So ein Mist, du hast dir so viel Mühe gegeben.“ Gib ihm einen eigenen Platz, an den das Baby nicht kommt, etwa den Tisch oder hinter dem Gitter, und dem Baby etwas zum Umwerfen. Wenn sich beide Kinder gesehen fühlen, klappt das Spielen im selben Raum leichter. Zusammenstöße gehören dazu.

bored-on-the-play-mat =
    .title = Langweilst du dich manchmal beim Spielen?
    .body = Zum zehnten Mal das Klötzchen zurückgeben und heimlich auf die Uhr schauen? Das kennen viele Eltern, und es sagt nichts über deine Liebe. Such dir heute etwas, das dir selbst Spaß macht: deine Musik an und zusammen bewegen, ein Spaziergang, bei dem du erzählst, was du siehst, zusammen in einem Kochbuch blättern. Dein Baby mag es am meisten, wenn du selbst Freude hast. Zehn echte Minuten reichen.

worrying-news-from-far-away =
    .title = Beunruhigende Nachrichten von weit weg
    .body = Kommen schlechte Nachrichten aus dem Land, in dem deine Familie lebt, etwa Erdbeben, Überschwemmung oder Krieg, und scrollst du immer weiter? Leg heute zwei feste Zeiten für Nachrichten fest und leg das Handy weg, während dein Baby isst, badet und ins Bett geht. Erzähl jemandem, wie es dir geht. Deine Sorgen kann dein Baby nicht tragen, deine ruhigen Arme spürt es. Traurig sein darfst du auch.

hospital-stay-fixed-point =
    .title = Im Krankenhaus: Du bist der feste Punkt
    .body = Muss dein Baby im Krankenhaus bleiben? Frag, ob du dort schlafen und bei Untersuchungen dabei sein darfst, und bring seinen eigenen Schlafsack und ein vertrautes Lied mit. Sag vorher, was passiert: „Jetzt kommt die Pflegerin, ich halte dich.“ Zwischen fremden Gesichtern und Geräuschen ist deine Nähe das Sicherste, was dein Baby hat. Wechsle dich ab, wenn es geht; auch du musst essen und schlafen.

car-seat-protest-name-it =
    .title = Wütend im Autositz
    .body = Macht sich dein Baby heute steif und weint, wenn du es im Autositz anschnallst? Ein Baby, das gerade lernt, sich zu bewegen, findet Festgeschnalltsein oft furchtbar. Sag, was du siehst: „Du willst nicht angeschnallt sein, du willst krabbeln. Versteh ich.“ Schnall es trotzdem ruhig an, denn Sicherheit geht vor. Ein festes Autolied oder ein Spielzeug nur fürs Auto hilft oft bei der nächsten Fahrt.

when-someone-is-harsh-with-your-baby =
    .title = Wenn jemand anderes streng mit deinem Baby ist
    .body = Gibt Opa der kleinen Hand, die nach der Tasse greift, einen Klaps, oder ruft eine Tante „Böse!“? Bleib ruhig, nimm dein Baby hoch und sag ihm, was passiert ist: „Da hast du dich erschreckt. Du wolltest die Tasse haben.“ Erklär es später unter vier Augen freundlich: „In dem Alter versteht ein Baby das noch nicht. Wir heben es weg und geben ihm etwas anderes.“ So bleibst du der sichere Hafen.

redirect-not-scold =
    .title = Nicht ans Kabel? Biete etwas anderes an
    .body = Steuert dein Baby heute immer wieder aufs Kabel, die Pflanze oder das Katzenklo zu? Heb es ruhig weg, sag kurz „Das ist nicht für dich“ und biete sofort etwas anderes an: „Aber dieser Löffel schon!“ Sag es jedes Mal im selben ruhigen Ton. Dein Baby versteht die Regel noch nicht, lernt aber, dass deine Reaktion vorhersehbar und freundlich ist. Zehnmal am Tag? So ist das in diesem Alter.

stuck-standing-call =
    .title = Stehen klappt, Hinsetzen noch nicht
    .body = Zieht sich dein Baby am Sofa oder an den Gitterstäben hoch und ruft, weil es nicht mehr herunterkommt? Geh hin und hilf ruhig: gemeinsam in die Knie, „Und hinsetzen… plumps!“ Komm jedes Mal, wenn es ruft, auch mitten in der Nacht. So lernt dein Baby: Wenn ich feststecke, kommt jemand. Stell den Lattenrost jetzt auf die unterste Stufe. Sobald das Hinsetzen klappt, lässt das Rufen nach.

bubbles-wait-for-more =
    .title = Seifenblasen: warte auf „noch mal!“
    .body = Puste heute ein paar Seifenblasen für dein Baby; das Döschen behältst du. Puste sie über sein Köpfchen hinweg, nicht ins Gesicht, und schaut zusammen, wie sie platzen. Dann hör auf und warte: Bittet dein Baby um mehr, mit einem Laut, rudernden Armen oder einem Blick zum Döschen? „Noch mal? Da kommen sie!“ So merkt es, dass sein eigenes Signal etwas bewirkt. Schaut es weg? Dann reicht es für jetzt.


a-talk-with-childcare-about-your-baby =
    .title = Ein Gespräch mit der Kita über dein Baby
    .body = Hat die Kita ein Elterngespräch geplant, oder geht dein Baby schon ein paar Monate hin? Bring drei Dinge mit, die du zu Hause siehst: was tröstet, womit dein Baby sich gerade beschäftigt, was schwierig ist. Frag auch, was sie sehen: mit wem es am liebsten spielt, wann es schwer ist. So ergänzen sich Zuhause und Kita, und dein Baby wird an beiden Orten gleich verstanden. Keins geplant? Frag danach.

keep-your-return-promise-out-loud =
    .title = Sag es laut: zurück, wie versprochen
    .body = Versprich beim Abschied nur, was stimmt: nicht „Bin gleich wieder da“, wenn du erst nach dem Mittagsschlaf kommst, sondern „Nach deinem Schläfchen hole ich dich ab“. Beim Abholen sagst du es noch einmal: „Ich hab gesagt, nach dem Schläfchen, und hier bin ich.“ Die Worte versteht dein Baby noch nicht, das Muster schon: Wer geht, kommt wieder. Jedes Mal, wenn es stimmt, wird es ein Stück fester.

staying-behind-say-what-happens =
    .title = Wer bleibt, sagt, was gerade passiert
    .body = Geht heute jemand aus der Tür, und dein Baby weint in deinen Armen? Lenk nicht gleich mit einem Spielzeug ab. Sag zuerst, was passiert: wer gegangen ist, wann die Person wiederkommt, und „Du bist traurig, oder? Ich bin bei dir.“ So muss dein Baby das Vermissen nicht allein tragen. Ein Lied oder ein Blick aus dem Fenster passt danach gut, wenn das schlimmste Weinen vorbei ist.

pulling-to-stand-you-close-by =
    .title = Selbst hochziehen, du ganz in der Nähe
    .body = Zieht sich dein Baby am Sofa oder am Rand des Laufstalls hoch? Stell es nicht selbst auf die Beine, sondern setz dich direkt neben das Sofa auf den Boden. Halte eine Hand als Sicherheitsnetz bereit und hilf nur, wenn dein Baby danach verlangt. Vielleicht klappt es erst beim zehnten Versuch, und genau so ist es gut: Dein Baby entdeckt, was es allein kann, und du sorgst für Sicherheit.

late-at-pickup-make-it-right =
    .title = Zu spät beim Abholen? Mach es wieder gut
    .body = Warst du heute zu spät in der Kita, und hat dein Baby als Letztes mit der Erzieherin gewartet? Schuldgefühle helfen niemandem, Wiedergutmachen schon. Geh auf Augenhöhe, drück dein Baby an dich und sag: „Ich war spät dran. Du hast auf mich gewartet. Jetzt bin ich da.“ Dank der Erzieherin, die es aufgefangen hat. Zu Hause etwas Extrazeit, ohne Eile. Passiert das öfter? Schau, wer mal abholen kann.

twins-both-want-you-at-once =
    .title = Zwillinge, und beide wollen gleichzeitig zu dir
    .body = Wollen deine Zwillinge heute beide gleichzeitig zu dir? Nimm eins hoch, setz dich neben das andere auf den Boden und leg die freie Hand auf seinen Rücken. Sprich mit beiden: „Ich höre dich auch, gleich bist du dran.“ Wechsle ab, wer zuerst darf. Stimme und Hand sagen dem wartenden Kind: Du bist nicht vergessen. Etwas Weinen beim Warten ist okay; zwei zugleich trösten schafft niemand perfekt.

costumed-figure-no-photo-on-their-lap =
    .title = Eine verkleidete Figur? Kein Foto auf ihrem Schoß
    .body = Will eine verkleidete Figur wie Sinterklaas, ein Clown auf einem Fest oder ein Maskottchen im Laden dein Baby für ein Foto auf den Schoß nehmen, und es klammert sich an dich? Gib es nicht ab. Mach das Foto mit Baby auf deinem Arm daneben, oder lass es. Sag, was du siehst: „Die große Figur ist dir unheimlich, oder? Ich halte dich.“ Ernst genommene Angst macht ein Kind sicherer, nicht ängstlicher.

a-sock-puppet-says-hello =
    .title = Eine Sockenpuppe sagt Hallo
    .body = Zieh heute eine alte Socke über die Hand, mal zwei Augen darauf und lass die Puppe dein Baby mit eigenem Stimmchen begrüßen: „Hallo! Darf ich deine Nase haben?“ Dann lass sie schüchtern abtauchen, fröhlich tanzen oder gähnen, und sag, was sie fühlt: „Die Puppe ist müde.“ So sieht dein Baby Gefühle groß und spielerisch, sicher auf deinem Schoß. Erschrickt es? Dann spricht die Puppe ganz leise.

a-religious-service-with-your-baby =
    .title = Mit Baby in Moschee, Kirche oder zu einer Feier
    .body = Gehst du mit deinem Baby zum Gebet oder Gottesdienst in Moschee, Kirche oder Tempel, oder zu einer Feier, bei der Stille erwartet wird? Setz dich an den Rand oder nach hinten, nimm eine leise, vertraute Sache mit und lass dein Baby von deinem Schoß aus die Menschen anschauen und den Stimmen lauschen. Wird es unruhig, geh kurz hinaus und komm zurück. Deine Ruhe zählt mehr als perfekte Stille.

friends-without-children =
    .title = Freunde ohne Kinder aus den Augen verloren?
    .body = Siehst du Freunde ohne Kinder kaum noch, weil sich deine Tage um Schläfchen drehen und ihre Pläne um zehn Uhr abends beginnen? Schreib heute einer Freundin oder einem Freund mit einem Vorschlag, der passt: ein Spaziergang mit dem Kinderwagen, Mittagessen bei dir während des Mittagsschlafs. Freundschaft verschafft Luft, und wer Luft hat, hat mehr Geduld. Nicht alle machen mit, auch okay.

feeling-closer-to-one-of-your-children =
    .title = Fühlst du dich gerade einem deiner Kinder näher?
    .body = Klappt es mit dem Baby, aber mit dem großen Kind kracht es, oder umgekehrt, und schämst du dich? Das kennen viele Eltern: Eine Bindung hat Phasen, das sagt nichts über deine Liebe. Frag heute jemanden, der dieses Kind gut kennt, etwa Oma, Opa oder die Erzieherin, was an ihm so liebenswert ist. Achte dann darauf. Bleibt das Gefühl? Sprich beim Consultatiebureau (Kinderberatungsstelle) darüber.

a-cupboard-they-may-empty =
    .title = Ein Küchenschrank, der leer geräumt werden darf
    .body = Hängt dein Baby an deinen Beinen, während du kochst? Füll heute einen niedrigen Küchenschrank mit Dingen, die es gefahrlos ausräumen darf: Plastikdosen, einen Topf mit Deckel, Holzlöffel. Dein Baby darf ihn leer räumen, direkt neben dir. So entdeckt es die Welt, während du in der Nähe bist und ab und zu antwortest: „Du hast den Topf gefunden!“ Morgen tauschst du ein paar Dinge aus.

dropping-game-from-the-high-chair =
    .title = Das Fallenlassen-Spiel: mitspielen, freundlich aufhören
    .body = Wirft dein Baby immer wieder den Löffel vom Hochstuhl und schaut dich dann an? Das ist kein Ärgern, sondern ein Spiel: Ich lasse fallen, du hebst auf. Spiel ruhig ein paarmal mit: „Bumm! Weg … und da ist er wieder.“ Genug? Kündige das Ende an: „Noch einmal, dann bleibt der Löffel liegen.“ Bleib dabei und freundlich, auch bei Protest. So erlebt dein Baby, dass eine Grenze nicht böse sein muss.

a-cuddle-given-back =
    .title = Eine Umarmung zurück? Halt kurz inne
    .body = Legt dein Baby heute die Ärmchen um deinen Hals oder klopft dir sanft auf den Rücken, während du es hältst? Vielleicht ist es eine der ersten Umarmungen, die es dir von sich aus schenkt. Hör kurz auf mit dem, was du tust, bleib stehen und genieß es: „Was für eine schöne Umarmung!“ Dein Baby spürt, dass ankommt, was es gibt. Es passiert nicht jeden Tag, und gerade das macht es so schön.

where-is-the-lamp =
    .title = Wo ist die Lampe?
    .body = Frag heute in einem ruhigen Moment: „Wo ist die Lampe?“, und warte kurz. In diesem Alter verstehen viele Babys schon ein paar Wörter und schauen sich suchend um. Schaut dein Baby zur Lampe, sag fröhlich: „Ja, da ist die Lampe!“ Ihr schaut gemeinsam auf dasselbe, und dein Baby merkt, dass du es verstehst. Noch kein Blick? Schau selbst zur Lampe, nenn sie und versuch es ein andermal.

announce-the-hoover-first =
    .title = Erst ankündigen, dann staubsaugen
    .body = Hat dein Baby Angst vor dem Staubsauger? Lass ihn heute erst aus: Dein Baby darf ihn von deinem Schoß aus ansehen und anfassen. Sag dann „Jetzt brummt er laut“ und schalte ihn kurz am anderen Ende des Zimmers ein. Angekündigter Lärm ist weniger schlimm als Lärm, der einen überfällt. Weint dein Baby trotzdem? Schalte ihn aus, halt es eng bei dir und versuch es ein andermal, etwas weiter weg.

fireworks-or-thunder-inside-together =
    .title = Feuerwerk oder Gewitter: zusammen drinnen
    .body = Feuerwerk oder Gewitter heute Nacht, und dein Baby schreckt hoch? Geh hin, nimm es auf den Arm und sag ruhig, was los ist: „Das ist Donner. Er ist laut, aber wir sind drinnen. Ich bin bei dir.“ Setz dich ins ruhigste Zimmer, Vorhänge zu, und atme selbst langsam aus. Dein Baby leiht sich deine Ruhe, auch wenn du den Lärm nicht magst. Schläft es wieder, leg es auf den Rücken in sein Bett.

one-adult-on-duty-at-a-party =
    .title = Auf einem Fest hat ein Erwachsener „Dienst“
    .body = Geht es auf eine Hochzeit, einen Geburtstag oder ein großes Familienfest, wo alle dein Baby halten wollen und Alkohol fließt? Leg vorher fest, wer pro Stunde „Dienst“ hat: Diese Person behält dein Baby im Blick, bleibt nüchtern und wach, weiß, wo die Wickeltasche ist, und reagiert, wenn dein Baby weint. Dann muss niemand halb aufpassen, und die anderen können feiern. Wechselt euch ab.

a-switch-before-you-walk-in =
    .title = Angespannt nach Hause? Erst kurz umschalten
    .body = Kommst du angespannt von der Arbeit, den Kopf noch bei der Mail oder dem Streit? Nimm dir vor der Haustür zwei Minuten: bleib im Auto oder vor der Tür, atme ein paarmal langsam aus und denk an etwas, worauf du dich bei deinem Baby freust. Dann rein und zuerst dein Baby begrüßen, Tasche und Handy später. So kommt dein Stress nicht als Erstes mit. Nicht geklappt? Sag: „Ich bin da, ich brauch kurz.“

two-homes-same-bedtime-song =
    .title = Zwei Zuhause, dasselbe Schlaflied
    .body = Lebt dein Baby abwechselnd bei dir und beim anderen Elternteil? Vereinbart, dass ein paar Dinge in beiden Wohnungen gleich laufen: das Schlaflied, die Worte beim Zubettgehen. Erzähl bei der Übergabe kurz, wie es lief, oder gebt ein Heft in der Tasche mit. So muss dein Baby nicht in jeder Wohnung neu raten, was kommt. Weint es beim Wechsel? Das ist Abschiednehmen, kein schlechtes Zeichen.

school-gate-greet-the-big-one-first =
    .title = Am Schultor: zuerst das große Kind
    .body = Holst du ein älteres Kind von Schule oder Kita ab, das Baby auf der Hüfte oder im Wagen? Begrüß zuerst das große Kind: in die Hocke, Augen auf gleicher Höhe: „Da bist du ja! Ich hab dich vermisst.“ Das Baby schaut zu und macht danach mit. Nach einem Tag ohne dich braucht dich das große Kind jetzt am meisten. Frag unterwegs nach einer Sache vom Tag und lass das Babygebrabbel einfach mitklingen.

two-carers-the-same-no =
    .title = Zwei Bezugspersonen, dasselbe „Nein“
    .body = Sagt der eine „Nein“ am Treppengitter und die andere „ach, lass doch“? Such heute mit allen, die oft auf dein Baby aufpassen, zwei oder drei Dinge aus, die wirklich tabu sind, etwa Treppe, Herd und Kabel, und ein Wort, das alle dazu sagen, wie „Stopp“. Häng die Liste auf, auch für Babysitter und Großeltern. Sonst darf jeder seinen Stil haben. So weiß dein Baby, woran es ist, egal bei wem.

when-the-familiar-carer-leaves =
    .title = Wenn die vertraute Bezugsperson geht
    .body = Verlässt die feste Betreuungsperson deines Babys die Kita, oder kommt ein neues Gesicht in die Gruppe? Frag, ob die vertraute Person ein paarmal zusammen mit der neuen arbeiten kann, damit sich dein Baby an die neuen Arme gewöhnt. Erzähl der neuen Person selbst, wie dein Baby getröstet werden mag, und nimm dir anfangs mehr Zeit beim Bringen. Mehr Tränen? Das ist Vermissen, kein Rückschritt.

first-night-at-the-grandparents =
    .title = Die erste Nacht bei den Großeltern
    .body = Schläft dein Baby zum ersten Mal bei den Großeltern? Lass es dort zuerst einen Mittagsschlaf machen, während du noch im Haus bist. Gib das Abendritual mit: derselbe Schlafsack, dasselbe Lied, dieselben Worte. Sprecht auch über sicheres Schlafen, denn früher machte man das anders: auf dem Rücken, im eigenen Bett, nichts Weiches darin, kein Kissen, kein Kuscheltier. Dann schläfst auch du ruhig.

tidy-up-one-block-together =
    .title = Zusammen ein Klötzchen in die Kiste
    .body = Liegt der Boden voller Bauklötze? Mach Aufräumen heute zu einem kleinen Spiel: Nehmt zusammen ein Klötzchen, halt die Kiste hin und sag „In die Kiste … plumps!“ Klatsch, wenn es hineinfällt. Den Rest räumst du auf, während dein Baby zuschaut oder noch eins bringt. So wird das Ende des Spielens ein fester, gemütlicher Moment mit dir. Sing jedes Mal dasselbe Aufräumlied dazu.

childcare-says-your-baby-bites =
    .title = Die Kita sagt, dein Baby beißt
    .body = Hörst du beim Abholen, dass dein Baby ein anderes Kind gebissen hat? Kein Grund zu Schreck oder Scham: Beißen ist in diesem Alter häufig, aus Aufregung, Frust oder wegen durchbrechender Zähne, ohne böse Absicht. Frag, wann es passiert und wie die Erzieherinnen reagieren, und mach es zu Hause genauso: ruhig „Au, das tut weh“, kurz Abstand, dann wieder Kontakt. Ein Weg an beiden Orten macht es klar.

a-screen-to-keep-them-quiet =
    .title = Das Handy, damit dein Baby ruhig ist?
    .body = Im Wartezimmer, im Zug oder beim Familienessen: Greifst du zu einem Video auf dem Handy, damit dein Baby ruhig wird? Verständlich. Versuch zuerst etwas von dir: ein Lied flüstern, zusammen aus dem Fenster schauen, ein Schlüsselbund, ein Fingerspiel. Dein Gesicht antwortet, ein Bildschirm nicht. Schaut ihr doch zusammen ein Video? Behalt dein Baby auf dem Schoß und sprich über das, was ihr seht.

the-cat-or-dog-and-your-crawler =
    .title = Katze oder Hund und dein krabbelndes Baby
    .body = Krabbelt dein Baby der Katze oder dem Hund hinterher und greift nach Schwanz und Fell? Setz dich heute dazu, nimm die kleine Hand und streichle gemeinsam langsam über den Rücken: „Sanft, so. Das mag die Katze.“ Gib dem Tier immer einen Ort zum Ausweichen, und lass Baby und Tier nie allein zusammen. So lernt dein Baby von deinen Händen, wie sanft sich anfühlt. Es geht noch oft schief, ganz normal.

when-the-big-one-needs-you-more =
    .title = Wenn das große Kind gerade alle Aufmerksamkeit braucht
    .body = Ist dein älteres Kind krank, hat eine schwere Woche, oder geht viel Zeit für Krankenhausbesuche drauf, und dein Baby kommt zu kurz? Das ist okay, solange ein paar kleine, echte Momente bleiben. Such dir heute zwei feste Minuten für dein Baby aus, etwa beim Wickeln und vor dem Schlafen: dein Gesicht nah, ein Lied, volle Aufmerksamkeit. Und lass ab und zu jemand anderen mit ihm spazieren gehen.

small-home-big-explorer =
    .title = Kleine Wohnung, großer Entdecker
    .body = Wohnst du klein, und ist für dein krabbelndes oder stehendes Baby kaum Platz auf dem Boden? Such dir heute einen Ort draußen, wo dein Baby frei krabbeln darf, während du dabeisitzt: ein Spielplatz mit Sand, eine Wiese, die Bibliothek, ein offener Eltern-Kind-Treff. Zu Hause reicht oft eine freigeräumte Ecke. Dein Baby braucht kein großes Haus, sondern Platz zum Entdecken, mit dir in der Nähe.

medicine-without-a-battle =
    .title = Medizin geben ohne Kampf
    .body = Braucht dein Baby Saft, Ohrentropfen oder Nasenspray von der Hausarztpraxis, und dreht es sich weg oder schreit? Sag zuerst, was kommt: „Einmal in den Mund, dann ist es vorbei.“ Halte dein Baby fest und sicher auf dem Schoß, mach es ruhig und zügig, und tröste gleich danach mit Umarmung oder Lied. So wird es kurz und vorhersehbar, kein Ringen. Klappt nicht? Frag die Hausarztpraxis nach Tipps.

a-spoon-of-their-own =
    .title = Ein eigener Löffel am Tisch
    .body = Greift dein Baby heute beim Füttern immer wieder nach dem Löffel? Gib ihm einen eigenen und leg ein paar weiche Stückchen zum Selbstgreifen aufs Tablett, während du mit dem anderen Löffel hilfst. Iss selbst etwas am selben Tisch und bleib dabei, solange dein Baby isst. Es spürt: Ich darf mitmachen und selbst probieren, und du bist da. Das wird eine Kleckerei, und das gehört dazu.

tired-signs-have-changed =
    .title = Dein Baby zeigt Müdigkeit jetzt anders
    .body = Hat dein Baby früher zur Schlafenszeit gegähnt, und wird es jetzt eher aufgedreht, tollpatschig, quengelig oder zupft an den Ohren? Bei älteren Babys ändert Müdigkeit oft ihr Gesicht. Achte ein paar Tage auf die halbe Stunde vor einem Schläfchen und frag andere, die es betreuen, was ihnen auffällt. Dann erkennst du es früher und kannst es eher hinlegen. So lernst du dein Baby immer neu kennen.

share-the-invisible-list =
    .title = Wer denkt an alles? Teil die unsichtbare Liste
    .body = Denkst immer du daran, dass die Windeln ausgehen, das Consultatiebureau (Kinderberatungsstelle) angerufen werden muss und Oma Geburtstag hat? Diese unsichtbare Arbeit kostet Kraft. Schreib heute mit allen, die mitsorgen, auf, was zu regeln ist, und verteilt ganze Aufgaben, vom Dran-Denken bis zum Erledigen. Weniger im Kopf, mehr Raum für dein Baby. Allein? Was kann jemand übernehmen?

when-your-partner-is-struggling =
    .title = Wenn es deinem Partner oder deiner Partnerin schlecht geht
    .body = Ist deine Partnerin oder dein Partner depressiv, krank oder ausgebrannt, und trägst du jetzt fast alles? Such dir heute eine Person, die jede Woche einen festen Teil übernimmt, damit auch du Ruhe bekommst. Halte für die andere Person kleine Babymomente frei: zusammen auf dem Sofa, ein Lied. Warme, alltägliche Zuwendung reicht deinem Baby. Sprich auch mit der Hausarztpraxis, für euch beide.

copy-me-copy-you =
    .title = Mach mir nach, ich mach dir nach
    .body = Macht dein Baby schon Dinge nach, etwa Klatschen oder Husten? Spielt heute ein Nachmach-Spiel: Mach etwas Einfaches vor, etwa auf den Kopf tippen oder ein Küsschen werfen, und warte. Macht dein Baby es nach, lach und probier etwas Neues; macht es selbst etwas, machst du es nach. So entsteht ein Gespräch ohne Worte, in dem ihr abwechselnd führt. Noch nicht? Dann schaut es lieber zu, auch gut.

no-need-to-perform-at-the-check-up =
    .title = Bei der Untersuchung muss dein Baby nichts vorführen
    .body = Geht es zum Consultatiebureau (Kinderberatungsstelle), und will dein Baby dort plötzlich nicht winken, stehen oder Klötzchen greifen, obwohl es zu Hause längst klappt? Ganz normal: In einem fremden Raum mit fremdem Gesicht schauen viele Babys erst abwartend zu. Erzähl einfach, was du zu Hause siehst; du siehst dein Baby jeden Tag. Mach auf dem Heimweg keine Prüfung daraus. Es war ein normaler Tag.

ramadan-suhoor-and-a-sleeping-baby =
    .title = Ramadan: Suhur in der Nacht, dein Baby schläft weiter
    .body = Ist im Ramadan vor Sonnenaufgang das ganze Haus für das Suhur auf, mit Licht, Töpfen und Stimmen? Halte es um den Schlafplatz deines Babys dunkel und still: Tür zu, leise sprechen. Wacht dein Baby trotzdem auf, mach, was du nachts immer machst: gedämpftes Licht, wenige Worte, zurück ins Bett, auch wenn alle wach sind. So bleibt die Nacht für dein Baby Nacht. Und geh selbst früher schlafen.

suddenly-scared-of-the-bath =
    .title = Plötzlich Angst vor dem Baden
    .body = Weint dein Baby plötzlich in der Wanne, obwohl es Baden immer liebte? Das kommt öfter vor, manchmal wegen des gurgelnden Abflusses oder eines Ausrutschers. Mach es zuerst wieder sicher: weniger Wasser, ein Handtuch auf dem Boden oder gemeinsam baden. Sag, was du siehst: „Das ist dir unheimlich, ich halte dich.“ Ein paar Tage nur Waschlappen geht auch. Beim Baden immer eine Hand an deinem Baby.

startled-by-your-no-repair =
    .title = Erschrocken über dein „Nein!“
    .body = Hast du heute laut „Nein!“ gerufen, als dein Baby nach deinem heißen Tee griff, und es brach in Tränen aus? Verständlich: Du bist erschrocken, und dein Baby mit dir. Nimm es hoch, sobald es geht, und sag leise: „Ich hab laut gerufen, weil der Tee heiß ist. Du hast dich erschreckt. Ich bin da.“ So ein Moment, wieder gutgemacht, stärkt eure Bindung. Stell heiße Getränke ab jetzt außer Reichweite.


face-wipe-after-eating =
    .title = Nach dem Essen: erst selbst mit dem Waschlappen
    .body = Dreht dein Baby nach dem Essen den Kopf weg, sobald der Waschlappen kommt? Gib ihm zuerst einen eigenen nassen Waschlappen zum Wischen, auch wenn es damit vor allem übers Tablett fährt. Sag dann, was du vorhast, „Jetzt dein Mund, ganz kurz“, und wisch sanft und kurz von der Seite statt quer übers Gesicht. So fühlt es sich weniger wie ein Überfall an. Ein paar Flecken dürfen bleiben.

grumpy-waking-from-the-nap =
    .title = Weinend aufgewacht nach dem Mittagsschlaf
    .body = Wacht dein Baby nach dem Mittagsschlaf weinend oder quengelig auf? Nimm es ruhig aus dem Bett und setzt euch eine Weile aufs Sofa, bevor es mit Essen oder Anziehen weitergeht. Gedämpftes Licht, wenige Worte, dein Arm um es herum. Manche Babys werden nur langsam wach, und mit deinem ruhigen Körper als Startpunkt gelingt das leichter. Fünf Minuten reichen oft.

brings-you-the-coat-a-wish-without-words =
    .title = Dein Baby bringt dir die Jacke: ein Wunsch ohne Worte
    .body = Kommt dein Baby mit deiner Jacke, den kleinen Schuhen oder einem Buch zu dir und schaut dich erwartungsvoll an? Das ist eine Frage ohne Worte. Sag laut, was es deiner Meinung nach will: „Du willst raus! Gute Idee.“ Falsch geraten, und es zieht dich zum Bücherregal? Jetzt weißt du es. Dein Baby merkt, dass Zeigen schon wirkt, noch vor den Worten, und dass du es verstehen willst.

big-sibling-reads-to-the-baby =
    .title = Das große Geschwisterkind liest vor
    .body = Will dein älteres Kind auch etwas für das Baby tun? Lass es heute „vorlesen“, auch wenn es noch nicht lesen kann: die Geschichte zu den Bildern erzählen, Tiere nachmachen, umblättern. Setzt euch zu dritt zusammen, das Baby auf deinem Schoß. Sag, was du siehst: „Schau, es guckt dich an, wenn du bellst!“ Dein großes Kind fühlt sich groß, und das Baby hört eine Stimme, die immer mehr dazugehört.

first-birthday-small-and-short =
    .title = Ein erster Geburtstag in Babygröße
    .body = Steht der erste Geburtstag bevor? Plan die Feier um den Tag deines Babys herum: nach einem Schläfchen, mit ein paar Menschen, die es kennt, und einer Endzeit, die du vorher ansagst. Ein kurzes Fest mit vertrauten Gesichtern passt besser zu einem Einjährigen als ein volles Haus den ganzen Nachmittag. Andere können an einem anderen Tag kommen. Und ist der Kuchen vor allem für die Großen? Auch gut.

their-own-words-list =
    .title = Eine Liste mit den eigenen Wörtern deines Babys
    .body = Hat dein Baby einen Laut, der immer dasselbe bedeutet, etwa „ba“ für die Flasche oder „wauwau“ für einen Hund, egal in welcher Sprache? Behandle ihn wie ein echtes Wort und antworte. Schreib diese Wörter heute auf und gib die Liste den Großeltern oder der Kita. Wissen alle, was „ba“ heißt, fühlt sich dein Baby an mehr Orten verstanden. Ergänze die Liste; sie ist auch eine schöne Erinnerung.

buggy-stop-where-they-point =
    .title = Beim Spaziergang dort anhalten, wo es zeigt
    .body = Bist du heute mit dem Kinderwagen unterwegs? Zeigt dein Baby auf einen Vogel, einen Hund oder einen Bagger, dann halt an und geh neben dem Wagen in die Hocke. Benenne es und warte kurz: „Eine Taube. Sie pickt.“ Ein paar Minuten bestimmt dein Baby den Weg und du folgst. Wem gefolgt wird, der spürt: Was mir auffällt, ist dir wichtig. Es wird ein langsamer Spaziergang, also wähl einen Tag ohne Eile.

word-with-a-hand-sign =
    .title = Ein Handzeichen zum Wort
    .body = Wähl zwei oder drei Wörter, die jeden Tag vorkommen, etwa „mehr“, „alle“ oder „schlafen“, und gib jedem ein einfaches Handzeichen. Nutz heute Wort und Zeichen gemeinsam beim Essen und beim Schlafengehen. Viele Babys können eine Geste machen, bevor sie das Wort sagen, und dir etwas mitteilen zu können nimmt dem Frust die Spitze. Die Wörter kommen trotzdem; die Geste ist eine Brücke bis dahin.

calling-from-the-next-room =
    .title = Krabbelt es weg? Antworte, wenn es ruft
    .body = Ist dein Baby in den Flur oder ins Nebenzimmer gekrabbelt und ruft jetzt oder lugt um die Tür zurück? Wenn der Raum sicher ist, antworte von dort, wo du bist: „Ich bin hier, in der Küche!“ Deine Stimme ist ein Seil, an dem es sich festhalten kann, während es noch ein Stück weiter entdeckt. Kommt es zurückgesaust, begrüß es und lass es wieder los. Du musst es nicht jedes Mal holen.

shape-that-wont-fit =
    .title = Wenn das Klötzchen nicht passt
    .body = Wird dein Baby wütend, weil eine Form nicht durchs Loch passt oder ein Deckel nicht aufgeht? Sag zuerst, was los ist: „Grr, blöd, das passt nicht.“ Hilf dann nur ein kleines bisschen: Dreh die Form richtig herum und lass dein Baby den letzten Schubs geben. Deine Worte zeigen, dass das Gefühl verstanden wird; die kleine Hilfe macht es machbar. Weiter Tränen? Erst kuscheln, später puzzeln.

another-child-grabs-the-toy =
    .title = Ein anderes Kind nimmt das Spielzeug weg
    .body = Reißt ein anderes Kind deinem Baby bei Freunden oder auf dem Spielplatz das Spielzeug aus der Hand? Geh in die Hocke und sag, was passiert ist: „Oh, du hattest den Ball. Jetzt ist er weg. Das findest du doof.“ Tröste zuerst; dann sucht ihr etwas anderes oder fragt ruhig nach dem Ball. Teilen versteht dein Baby noch nicht, gesehen werden im Ärger schon. Das andere Kind ist nicht böse, nur klein.

dressing-wait-for-the-arm =
    .title = Anziehen: Warte, bis das Ärmchen kommt
    .body = Ist Anziehen oft ein Schieben und Zerren? Halt heute den Ärmel offen, frag „Wo ist dein Arm?“ und warte ein paar Sekunden. Um den ersten Geburtstag helfen viele Babys ein bisschen mit: einen Arm durch den Ärmel schieben, einen Fuß heben. Sag, was du siehst: „Da ist er! Du hast geholfen.“ So wird Anziehen etwas Gemeinsames. Klappt es heute nicht? Dann machst du es einfach selbst.

baby-says-no-without-words =
    .title = Dein Baby sagt „Nein“ ohne Worte
    .body = Schüttelt dein Baby den Kopf, schiebt deine Hand weg oder dreht sich ab, wenn du etwas anbietest? So sagen viele Babys ihr erstes „Nein“. Nimm es heute ernst, wo es geht: „Nein? Nicht den Teddy. Okay.“ Muss etwas trotzdem sein, etwa Jacke oder Windel, sag, dass du es gemerkt hast: „Du willst nicht, oder? Gleich fertig.“ Ein gehörtes „Nein“ lehrt dein Baby: Es lohnt sich, Bescheid zu geben.

climbing-everything-cushion-mountain =
    .title = Klettert dein Baby überall hoch? Bau einen Kissenberg
    .body = Klettert dein Baby neuerdings überall hoch, vom Couchtisch bis zur offenen Spülmaschine? Leg heute Sofakissen und ein paar Decken zu einem niedrigen Berg auf den Boden und setz dich daneben. Lass dein Baby klettern, rollen und herunterrutschen, und schau zu: „Du bist ganz oben!“ Mit dir in der Nähe traut es sich etwas und kommt zurück, wenn es zu wild wird. Räumt den Berg danach zusammen weg.

hello-on-a-toy-phone =
    .title = „Hallo, wer ist da?“ Telefonieren mit Spielzeug
    .body = Greift dein Baby ständig nach deinem Handy? Nimm ein Spielzeugtelefon oder ein Klötzchen, halt es ans Ohr und sag: „Hallo? Ach, du bist es!“ Gib es dann deinem Baby und warte. Antworte auf jeden kleinen Laut wie in einem echten Gespräch, mit Pausen, in denen dein Baby dran ist. So übt ihr das Hin und Her des Sprechens. Manche Babys brabbeln sofort zurück, andere schauen erst; beides ist gut.

let-them-press-the-button =
    .title = Lass dein Baby auf den Knopf drücken
    .body = Zeigt dein Baby auf den Lichtschalter, die Klingel oder den Knopf im Aufzug? Heb es hoch und lass es selbst drücken: Licht an, Licht aus. Sag, was passiert: „Du hast das Licht angemacht!“ So entdeckt dein Baby, dass sein eigenes Tun etwas bewirkt, und mit deinem frohen Gesicht dazu fühlt sich das besonders gut an. Steckdosen und Herdknöpfe bleiben natürlich tabu.

stairs-with-you-right-behind =
    .title = Treppensteigen, mit dir direkt dahinter
    .body = Zieht die Treppe dein Baby magisch an? Klettert heute zusammen ein paar Stufen hoch, du direkt dahinter, deine Hände in der Nähe. Übt danach das Herunterkommen: umgedreht, auf dem Bauch, Füße zuerst. Dein Baby darf etwas Aufregendes ausprobieren, mit dir als Sicherheitsnetz. Schließ danach das Treppengitter wieder: Die Treppe ist vorerst etwas, das ihr zusammen macht, nicht allein.

first-rides-in-the-bike-seat =
    .title = Die ersten Fahrten im Fahrradsitz
    .body = Sitzt dein Baby sicher und fährt im Fahrradsitz mit? Fang mit einer kurzen Runde zu einer ruhigen Zeit an und plaudere unterwegs einfach weiter: „Los geht’s! Schau, ein Hund.“ Hinten sieht dein Baby dein Gesicht nicht, also sagt ihm deine Stimme, dass du da bist. Sing auf einem festen Stück des Wegs immer dasselbe Lied. Nach ein paar Fahrten freut es sich vielleicht schon auf euer Fahrradlied.

back-to-the-childminder-after-a-break =
    .title = Zurück zur Tagesmutter oder Kita nach langer Pause
    .body = War die Tagesmutter (gastouder) wochenlang weg, oder dein Baby wegen Krankheit oder Urlaub lange zu Hause? Dann ist das Zurückgehen fast eine neue Eingewöhnung. Plan den ersten Tag kürzer, bleib beim Bringen, bis dein Baby wieder zur Betreuerin will, und erzähl, was sich geändert hat: neue Wörter, ein anderes Schläfchen. Mehr Tränen als vorher? Kein Rückschritt, nur neues Vertrautwerden.

song-with-a-gesture-gap =
    .title = Ein Bewegungslied mit einer Lücke für dein Baby
    .body = Sing heute ein Bewegungslied, zum Beispiel „Die Räder vom Bus“ mit kreisenden Händen. Halt nach ein paar Runden kurz vor einer Geste inne und warte mit großen Augen. Viele Babys füllen die Lücke mit einem Winken, einem Klatschen oder einem eigenen Laut. Durch diese Pause wird dein Lied zu einem Gespräch, in dem dein Baby eine Rolle hat. Schaut es vorerst nur zu? Auch gut: Es speichert alles ab.

a-remark-that-keeps-nagging =
    .title = Eine Bemerkung, die an dir nagt
    .body = Hat jemand etwas über dein Baby gesagt, das dich nicht loslässt, etwa „Sie ist aber still, oder?“ oder „Er sagt ja noch gar nichts“? Trag das nicht allein herum und such nachts nicht endlos im Handy. Ruf beim Consultatiebureau (Kinderberatungsstelle) an und erzähl, was du gehört hast und was du selbst siehst. Oft ist alles gut, und wenn nicht, bist du früh dran. Fragen ist nicht übertrieben.

walking-on-your-fingers =
    .title = An deinen Fingern laufen, und dein Rücken?
    .body = Will dein Baby den ganzen Tag an deinen Fingern durchs Haus laufen, und dein Rücken protestiert? Wechsle ab. Stell einen stabilen Karton mit Büchern darin zum Schieben hin, lass es am Sofa entlanghangeln, oder setz dich auf den Boden und halt seine Hände, während es vor dir steht. Dein Baby will vor allem üben, mit dir in der Nähe, nicht unbedingt an deiner Hand. So haltet ihr beide länger durch.

back-to-normal-after-a-sick-week =
    .title = Nach einer kranken Woche Schritt für Schritt zurück
    .body = Ist dein Baby wieder gesund, aber noch anhänglich und schläft schlecht? Das dauert oft ein paar Tage. Nehmt euren Rhythmus Stück für Stück wieder auf: erst das vertraute Zubettgehen, dann die Nickerchen, dann den Rest. Gib ihm so lange die Extra-Nähe, nach der es fragt. Nach einer Woche noch nicht das alte? Sprich mit der Hausarztpraxis oder dem Consultatiebureau (Kinderberatungsstelle).

eating-out-with-your-baby =
    .title = Mit dem Baby essen gehen
    .body = Geht ihr heute essen, im Restaurant oder Café? Wähl eine Zeit nah an der gewohnten Essenszeit deines Babys und nimm seinen Löffel, seinen Becher und etwas Vertrautes zu essen mit. Stell den Hochstuhl neben dich, damit es dein Gesicht sieht und nicht nur den Trubel. Vertraute Dinge machen einen fremden Ort vertrauter. Rechne mit einem kurzen Essen; der Nachtisch kann mit nach Hause.

lots-of-new-toys-one-at-a-time =
    .title = Viel neues Spielzeug? Eins nach dem anderen
    .body = Hat dein Baby zu einem Geburtstag oder Fest einen Berg neues Spielzeug bekommen? Räum das meiste erst einmal weg und hol heute ein Ding hervor. Entdeckt es zusammen auf dem Boden, ohne Eile und ohne gleich zu zeigen, wie es „richtig“ geht. Zu viel auf einmal macht viele Babys unruhig; ein Ding mit deiner Aufmerksamkeit ist ein Fest. Tausch in ein, zwei Wochen: Was weg war, wirkt dann wieder neu.

first-birthday-looking-back =
    .title = Ein Jahr zusammen: Erzähl, wie es wirklich war
    .body = Um den ersten Geburtstag blicken viele Eltern zurück. Neben Stolz können Erinnerungen an eine schwere Geburt, einen Klinikaufenthalt oder harte Monate hochkommen. Das ist normal. Erzähl heute jemandem, dem du vertraust, wie dieses Jahr für dich wirklich war, auch das Schwere. Gehört zu werden hilft beim Einordnen. Wiegen die Erinnerungen weiter schwer? Sprich mit deinem Hausarzt (huisarts).

the-walking-yet-question =
    .title = „Läuft das Baby schon?“
    .body = Bei Festen beginnt das Vergleichen: Wer läuft schon, wer spricht schon? Leg dir heute einen Satz zurecht: „Wir machen das in unserem Tempo.“ Beim Laufen und Sprechen liegen um den ersten Geburtstag oft Monate zwischen Babys; das ist normal. Dein Baby muss nicht mithalten, sondern braucht jemanden, der sich an ihm freut. Echte Sorgen? Besprich sie im Consultatiebureau (Kinderberatungsstelle).

no-forced-kisses-a-wave-will-do =
    .title = Kein Küsschen erzwingen: Winken geht auch
    .body = Bittet ein Onkel, eine Tante oder die Oma um ein Küsschen, und dein Baby taucht an deiner Schulter ab? Hilf beiden, deinem Baby und dem Erwachsenen: „Heute winken wir. Winkst du zurück?“ Wink selbst vor, ohne zu drängen. So lernt dein Baby, dass es über den eigenen Körper mitbestimmen darf, und der andere bekommt trotzdem einen Gruß. Oft kommt das Küsschen später von allein, wenn dein Baby mag.

familiar-faces-in-your-street =
    .title = Vertraute Gesichter in deiner Straße
    .body = Kommst du jeden Tag an derselben Nachbarin, dem Bäcker oder dem Mann vom Kiosk vorbei? Grüß sie heute bewusst, dein Baby auf dem Arm: winken, den Namen sagen: „Schau, da ist Anna.“ Du musst dein Baby nicht weitergeben; ein Lächeln und ein Winken aus sicherer Entfernung reichen. So wird die Welt vor der Tür ein bisschen vertraut, mit dir als Ausgangspunkt. Vielleicht winkt dein Baby bald zuerst.

petting-farm-from-your-arm =
    .title = Im Streichelzoo, von deinem Arm aus
    .body = Geht ihr heute in den Streichelzoo? Trag dein Baby auf der Hüfte und lass seinen Körper zeigen, wie nah ihr geht. Nach vorn lehnen und zeigen heißt „näher!“; steif werden oder das Gesicht an deinen Hals drücken: „weit genug“. Benenne, was ihr seht: „Eine Ziege. Mäh!“ Hältst du den Abstand, den es wählt, wird Neues zum Abenteuer statt zum Schreck. Beim nächsten Mal traut es sich oft mehr.

supermarket-point-and-hold =
    .title = Im Laden: Lass es halten, worauf es zeigt
    .body = Gehst du heute mit deinem Baby im Sitz des Einkaufswagens einkaufen? Zeigt es auf Bananen oder Brot, benenne es und gib es ihm kurz zum Halten: „Bananen. Nehmen wir welche mit?“ Dann darf es sie in den Wagen plumpsen lassen. So bekommt es Wort, Gefühl und Gewicht auf einmal, und eine Aufgabe an einem trubeligen Ort. Zu einer ruhigen Tageszeit klappt das besser als im Samstagsgedränge.

their-first-joke =
    .title = Lach über den ersten Witz deines Babys
    .body = Hält dir dein Baby ein Spielzeug hin und zieht es weg, gerade wenn du zugreifen willst, oder setzt es sich einen Becher auf den Kopf und schaut dich an? Das ist ein Witz, einer der allerersten. Lach mit, spiel deine Rolle („He! Wo ist es hin?“) und lass es noch mal machen. Gemeinsames Lachen sagt: Ich sehe dich, und ich mag, was du tust. Achte auf den frechen Blick vor der nächsten Runde.

grief-in-the-family =
    .title = Trauer in der Familie, mit einem Baby dabei
    .body = Ist jemand gestorben, mit Beerdigung und Tagen voller Trauer? Bitte eine vertraute Person, an dem Tag für dein Baby da zu sein und mit ihm rauszugehen, wenn es zu viel wird. Zu Hause bleibt das Zubettgeh-Ritual. Weinen vor deinem Baby ist erlaubt; sag dann leise: „Ich bin traurig, und ich hab dich lieb.“ Dein Baby muss nichts lösen, braucht aber einen festen Arm. Du auch: Lass dir helfen.

missed-the-first-steps =
    .title = Die ersten Schritte verpasst?
    .body = Hat dein Baby die ersten Schritte in der Kita gemacht, bei Oma und Opa oder während du kurz weg warst? Das kann einen Stich geben. Frag ruhig, wie es war, und feiere, wenn du es selbst siehst: Für dich ist es das erste Mal, und dein Baby spürt vor allem deine Freude. Du hast nichts Wesentliches verpasst. Dass dein Baby sich dort zu üben traute, zeigt, dass es sich auch dort sicher fühlt.

new-baby-coming-time-the-changes =
    .title = Kommt ein Baby dazu? Plant die großen Veränderungen
    .body = Bekommt eure Familie Nachwuchs? Schau, welche Veränderungen auf dein erstes Kind zukommen: ein anderes Zimmer, der Kita-Start, ein neues Bett. Wo es geht, legt sie ein paar Monate vor die Geburt oder deutlich danach. Klärt jetzt schon, bei wem dein Kleines während der Geburt bleibt, am liebsten bei jemandem, den es gut kennt. Weniger Neues auf einmal macht ein Geschwisterchen leichter willkommen.

pregnant-and-tired-floor-cuddles =
    .title = Wieder schwanger und müde? Kuscheln auf Bodenhöhe
    .body = Bist du wieder schwanger, und das Heben und Tragen deines Einjährigen fällt dir schwer? Verleg die Nähe auf den Boden: Setz dich auf eine Decke und lass dein Baby auf deinen Schoß klettern, oder lies im Liegen auf dem Sofa, dein Kleines an dich gekuschelt. Überlass das schwere Heben, wo es geht, jemand anderem. Nähe muss nicht Tragen heißen; dein Baby will vor allem bei dir sein.

library-let-them-choose =
    .title = Zusammen in die Bücherei
    .body = Geh heute mit deinem Baby in die Bücherei und such die Ecke mit Babybüchern. Setz dich auf den Boden, leg ein paar Bücher hin und lass dein Baby wählen: greifen, umdrehen, draufklopfen. Das Buch, nach dem es immer wieder greift, kommt mit. Gemeinsam auswählen ist schon ein Gespräch, und ein selbst gewähltes Buch fühlt sich an wie seins. Eine Viertelstunde reicht; morgen lest ihr es zu Hause.

awake-at-five-every-morning =
    .title = Jeden Morgen um fünf Uhr wach?
    .body = Ist dein Baby seit Wochen im Morgengrauen wach, und du bist erledigt? Mach die erste Stunde ruhig: gedämpftes Licht, ein Glas Wasser für dich, ihr zwei auf einer Decke in einem sicheren Zimmer mit Büchern und Klötzen, ohne Trubel und Bildschirm. Wechselt euch wenn möglich mit dem Frühdienst ab, und geh selbst mal früher ins Bett. So früh muss es nicht gemütlich sein; ruhig und zusammen reicht.

washing-hands-together-before-meals =
    .title = Vor dem Essen zusammen Hände waschen
    .body = Wascht heute vor dem Essen zusammen die Hände. Nimm dein Baby am Wasserhahn auf die Hüfte, lass lauwarmes Wasser über eure Hände laufen und reib die Seife sanft zwischen seinen Händchen. Halt dann deine Hände hin: Darf dein Baby sie waschen? So wird eine Pflicht zu Berührung und Abwechseln, und bald weiß dein Baby: Nach dem Wasserhahn kommt das Essen. Spritzen gehört dazu; leg ein Handtuch bereit.

new-partner-bond-grows-slowly =
    .title = Neue Liebe im Haus? Lass die Bindung langsam wachsen
    .body = Ist ein neuer Partner oder eine neue Partnerin oft bei euch? Lass ihn oder sie zuerst spielen, vorlesen oder den Ball zurückrollen, während Trösten und Insbettbringen vorerst bei dir bleiben. So lernt dein Baby den neuen Menschen in schönen Momenten kennen, in seinem Tempo. Bindung an mehr Menschen geht, aber Schritt für Schritt. Hält es erst Abstand? Das sagt nichts über den anderen; gib Zeit.

teddy-gets-a-drink =
    .title = Der Teddy hat auch Durst
    .body = Halt heute einen Becher an den Mund eines Teddys: „Teddy hat Durst. Mmm, lecker!“ Gib den Becher dann deinem Baby und schau, was passiert. Um den ersten Geburtstag machen manche Babys das schon nach. Sag, was du siehst: „Du gibst Teddy zu trinken. Lieb von dir.“ So tun als ob ist eine frühe Art, daran zu denken, was ein anderer braucht. Morgen ist Teddy vielleicht müde.

first-shoes-shoes-on-we-go-out =
    .title = Erste Schuhe: „Schuhe an, wir gehen raus!“
    .body = Macht dein Baby ein paar Schritte, und stehen die ersten Schuhe für draußen an? Mach aus dem Anziehen ein kleines Ritual: Lass dein Baby einen Schuh halten, schiebt das Füßchen zusammen hinein und sag jedes Mal dieselben Worte: „Schuhe an, wir gehen raus!“ Vertraute Worte machen aus einer Fummelei ein Signal, auf das sich dein Baby freuen lernt. Drinnen gehen nackte Füße oder Stoppersocken.

in-the-park-feel-and-name =
    .title = Im Park: fühlen lassen und ein Wort dazu
    .body = Geht ihr heute in den Park oder in den Wald? Such ein Plätzchen und gib deinem Baby Dinge zum Fühlen: ein Blatt, einen Tannenzapfen, einen Zweig, die raue Baumrinde. Sag ein Wort dazu: „Rau. Nass. Glatt.“ Fühlen und dabei dein Wort hören macht Sprache greifbar, und du folgst dem, was dein Baby fesselt. Kleine Steine und Beeren gehören nicht in den Mund, also schau gut hin.

familiar-face-looks-different =
    .title = Sieht ein vertrautes Gesicht plötzlich anders aus?
    .body = Neue Brille, Bart ab, eine neue Frisur, oder jemand Vertrautes plötzlich mit Mütze oder Maske? Erschrickt dein Baby oder schaut es misstrauisch? Sprich zuerst mit deiner gewohnten Stimme und lass es in Ruhe schauen und fühlen: die Brille, die Wange, die Haare. Babys lesen Gesichter sehr genau; eine vertraute Stimme hilft, das neue Bild wiederzuerkennen. Nach ein, zwei Tagen ist es meist vergessen.

first-haircut-on-your-lap =
    .title = Ein erster Haarschnitt auf deinem Schoß
    .body = Erster Haarschnitt, beim Friseur oder zu Hause? Nimm dein Baby vor einem Spiegel auf den Schoß, damit es euch beide sieht, und erzähl, was passiert: „Schnipp, ein Löckchen.“ Gib ihm einen Kamm zum Halten. Dein Schoß und deine Stimme machen das Schnippeln weniger unheimlich. Wähl einen Moment, in dem es ausgeruht und satt ist, und halt es kurz. Zu viel? Hör auf: Ein schiefer Pony geht auch.

from-two-naps-to-one =
    .title = Von zwei Schläfchen zu einem, nach und nach
    .body = Wehrt sich dein Baby gegen das zweite Schläfchen? Manche Babys wechseln um diese Zeit zu einem Schläfchen, viele erst später. Der Wechsel dauert oft Wochen. Verleg an Ein-Schläfchen-Tagen Mittagessen und Schlaf etwas vor und bring es abends früher ins Bett. Übermüdete Babys sind oft anhänglicher und weinen schneller; rechne am späten Nachmittag mit extra Kuscheln.

stopping-a-feed-keep-the-lap =
    .title = Flasche oder Stillmahlzeit abgewöhnen? Der Schoß bleibt
    .body = Gewöhnst du um den ersten Geburtstag die Flasche ab oder eine Stillmahlzeit? Diese Mahlzeit war oft auch ein Moment der Nähe. Behalte diesen Teil: zur gleichen Tageszeit dein Baby auf dem Schoß, mit einem Becher Milch oder einem Snack, einem Buch und deinem Arm um es herum. Mit einer Mahlzeit aufzuhören heißt nicht, mit dem Kuscheln aufzuhören. Eile ist nicht nötig: Findet euer eigenes Tempo.

a-homemade-book-of-their-day =
    .title = Ein selbst gemachtes Buch über den Tag deines Babys
    .body = Mach heute ein paar Fotos vom ganz normalen Tag deines Babys: Aufwachen, Frühstück, Kinderwagen, Baden, Bett. Druck sie aus, steck sie in ein kleines Album und blättert es zusammen durch: „Schau, du in der Wanne. Und dann?“ Ein Buch, in dem dein Baby die Hauptrolle spielt und alles in vertrauter Reihenfolge passiert, wird oft ein Liebling. Später kannst du Seiten für Neues ergänzen.

working-from-home-baby-awake =
    .title = Homeoffice, während dein Baby wach ist?
    .body = Arbeitest du heute zu Hause, während dein Baby wach ist, weil die Kita zu ist oder es krank war? Plan die Arbeit in Blöcken und schenk dazwischen kurze Stücke voller Aufmerksamkeit: fünf Minuten am Boden, Laptop zu, wirklich zusammen. Das klappt besser als den ganzen Tag halb. Sag, wenn du weiterarbeitest: „Ich tippe jetzt ein bisschen, ich bin hier.“ Kaum etwas geschafft? Das liegt nicht an dir.

arms-up-pick-me-up =
    .title = Ärmchen hoch: „Hoch!“
    .body = Steht dein Baby an deinem Bein und streckt die Ärmchen hoch? Eine der deutlichsten Fragen, die ein Baby stellen kann: Nimm mich hoch, ich will zu dir. Nimm es heute ein paar Mal hoch, sobald es fragt, auch nur für eine halbe Minute. Geht es wirklich nicht, etwa mit einem heißen Topf in der Hand, geh kurz in die Hocke: „Ich sehe dich. Erst der Topf, dann nehme ich dich hoch.“ Und tu es dann auch.
