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


previous-birth-still-weighs-on-you =
    .title = Steckt dir eine frühere Geburt noch in den Knochen?
    .body = Warst du dabei, als eine frühere Geburt schwer verlief, als Partner, Partnerin oder Begleitung? Auch wer daneben stand, kann lange erschüttert sein und glaubt oft, das zähle nicht. Erzähl der anderen Person heute, was du gesehen und gefühlt hast, und frag, was sie diesmal von dir braucht. Geh mit zur Hebamme (verloskundige) und stell dort deine Fragen. So stehst du diesmal ruhiger daneben.

pregnancy-came-unexpectedly =
    .title = Kam diese Schwangerschaft unerwartet?
    .body = Kam diese Schwangerschaft zur falschen Zeit, und sitzt dir der Schreck noch in den Knochen? Das verträgt sich mit Fürsorge für dein Baby. Leg heute eine Hand auf den Bauch und sag ehrlich, wie es war: „Du kamst unerwartet, und wir gewöhnen uns gerade an dich.“ Gefühle dürfen mit dem Bauch wachsen. Steckst du in Sorgen fest? Sprich mit deiner Hebamme (verloskundige) oder deinem Hausarzt (huisarts).

who-looks-after-your-eldest-during-the-birth =
    .title = Wer kümmert sich bei der Geburt um dein älteres Kind?
    .body = Eine Geburt kann jederzeit beginnen, auch mitten in der Nacht. Sprich jetzt ab, wer sich dann um dein älteres Kind kümmert: am besten jemand, den es gut kennt, wie Oma, Opa oder eine Freundin, und eine Ersatzperson. Lass dein Kind dort vorher einmal spielen oder übernachten und erklär es einfach: „Wenn das Baby kommt, passt Oma auf dich auf.“ Ein vertrautes Gesicht macht das Warten sicher.

songs-that-comforted-you-as-a-baby =
    .title = Frag nach den Liedern aus deiner Babyzeit
    .body = Frag heute deine Eltern, eine Oma oder eine Tante: Welche Lieder habt ihr mir als Kind vorgesungen, und was half, wenn ich weinte? Sing dann eins davon für den Bauch, in der Sprache, in der du es gehört hast. So gibst du weiter, was dich einmal getröstet hat, und hörst vielleicht eine schöne Geschichte über dich als Baby. Weiß es niemand mehr? Dann wählst du das erste Lied dieser Familie.

tell-your-toddler-a-baby-is-coming =
    .title = Erzähl deinem Kleinkind in wenigen Worten vom Baby
    .body = Weiß dein Kleinkind noch nichts vom Baby? Erzähl es heute kurz: „Hier im Bauch wächst ein Baby. Das wird dein Brüderchen oder Schwesterchen.“ Kleinkinder haben wenig Zeitgefühl, also knüpf es an etwas Bekanntes: „wenn es wieder warm wird“ oder „nach deinem Geburtstag“. Erwarte nicht gleich eine Reaktion; Fragen kommen oft später, in der Wanne oder im Auto. Antworte dann kurz und ehrlich.

hard-time-after-a-previous-birth =
    .title = War die Zeit nach einer früheren Geburt schwer?
    .body = Hast du dich nach einer früheren Geburt lange niedergeschlagen, ängstlich oder leer gefühlt? Sag es jetzt schon deiner Hebamme (verloskundige) oder deinem Hausarzt (huisarts), auch wenn es lange her ist. Dann könnt ihr überlegen, was hilft: wer in den ersten Wochen auf dich achtet, wen du anrufst. Es muss nicht wiederkommen, aber ein Plan gibt Ruhe. Früh darüber zu reden ist keine Schwäche.

mixed-feelings-about-the-pregnancy =
    .title = Nicht nur glücklich? Das darf sein
    .body = Spürst du neben Freude auch Zweifel, Ärger oder Wehmut um dein jetziges Leben, obwohl du dir das Baby gewünscht hast? Schreib heute drei Gefühle zur Schwangerschaft auf, auch die, die auf keine Glückwunschkarte passen, und lies sie ohne Urteil durch. Gemischte Gefühle sind normal und sagen nichts darüber, wie sehr du dein Kind lieben wirst. Wer eigenen Gefühlen Raum gibt, übt für die des Kindes.

long-road-to-this-pregnancy =
    .title = Nach einem langen Weg kaum zu glauben?
    .body = Ging dieser Schwangerschaft ein langer Weg voraus, mit Behandlungen, Warten und Enttäuschungen? Dann kann es schwer sein zu glauben, dass dieses Baby wirklich kommt. Tu heute eine kleine Sache, die zu werdenden Eltern gehört und die du bisher aufgeschoben hast: einen Body kaufen, den Namen laut sagen, das Ultraschallbild aufhängen. Glauben darf Schritt für Schritt kommen.

partner-feeling-outside-join-a-checkup =
    .title = Nicht dein Bauch und etwas außen vor?
    .body = Ist es nicht dein Bauch, und fühlt sich die Schwangerschaft deshalb manchmal weit weg an? Geh zur nächsten Vorsorge bei der Hebamme (verloskundige) mit, hör dir den Herzschlag an und stell eine Frage, die deine ist, etwa was du tun kannst, wenn das Baby da ist. So wird das Baby auch für dich wirklicher. Kommst du von der Arbeit nicht weg? Gib deine Fragen mit und lass dir danach alles erzählen.

make-up-after-a-row-while-expecting =
    .title = Gestritten? Komm heute darauf zurück
    .body = Gab es Streit mit deinem Partner, deiner Mutter oder einer Freundin, weil ihr müde und angespannt wart? Komm heute mit einem Satz darauf zurück, etwa: „Tut mir leid, dass ich laut wurde, ich war fertig.“ Wer recht hatte, ist egal; wichtig ist, wieder zueinanderzufinden. Streit gehört zur Nähe, Versöhnen auch. So übst du, was du später oft mit deinem Kind tust: nach einem Fehler zurückkommen.

a-fixed-moment-with-your-eldest-that-stays =
    .title = Ein fester Moment mit dem älteren Kind, der bleibt
    .body = Hast du schon ein Kind? Fang jetzt einen kleinen festen Moment zu zweit an, der auch nach der Geburt bleibt: samstags zusammen frühstücken, ein Buch vor dem Schlafen, eine Runde zum Spielplatz. Wähl etwas, das du mit Baby durchhältst oder das ein anderer Elternteil oder eine vertraute Person übernehmen kann. Wenn sich bald viel ändert, bleibt das gleich. Das gibt deinem älteren Kind Halt.

afraid-of-giving-birth =
    .title = Große Angst vor der Geburt?
    .body = Liegst du wach wegen der Geburt, vielleicht wegen des letzten Mals? Mach die Angst heute so genau wie möglich: Was ist das Schlimmste, Schmerzen, dass etwas schiefgeht, Kontrollverlust? Vage Angst ist schwer zu beantworten, genaue nicht. Sag diesen Satz deiner Hebamme (verloskundige) und bitte um ein Extragespräch. Je ruhiger du in die Geburt gehst, desto mehr Raum bleibt danach für dein Baby.

pregnant-after-loss-bonding-in-small-steps =
    .title = Nach einem Verlust schwanger und du hältst dich zurück?
    .body = Hast du schon einmal ein Baby verloren und traust du dich kaum, dich auf diese Schwangerschaft einzulassen? Das ist ein verständlicher Weg, dich zu schützen, und viele Eltern kennen ihn. Bindung darf in kleinen Stücken kommen. Leg heute eine Minute lang eine Hand auf den Bauch, oder setz dich daneben, und sag nur: „Heute bist du da.“ Morgen reicht wieder eine Minute.

keep-one-thing-of-your-own =
    .title = Such dir eine Sache aus, die deine bleibt
    .body = Dreht sich immer mehr ums Baby, und fragst du dich, wo du bleibst? Wähl heute eine Sache, die du auch nach der Geburt weitermachen willst, und sei es im Kleinen: eine Stunde schwimmen, Musik machen, Freunde treffen. Überleg, wer dann beim Baby sein kann. Wer sich selbst nicht aus den Augen verliert, hat mehr zu geben. In den ersten Wochen darf es ruhen; es kommt wieder.

old-pain-from-your-own-childhood =
    .title = Kommt dir deine eigene Kindheit plötzlich nah?
    .body = Kommen jetzt, da ein Kind unterwegs ist, Erinnerungen an eine schwere Kindheit hoch: Angst, Streit, Einsamkeit? Das erleben viele werdende Eltern. Du musst das nicht allein tragen: Sag es deiner Hebamme (verloskundige) oder deinem Hausarzt (huisarts); sie vermitteln dir jemanden zum Reden. Eine schwere Kindheit muss nicht bestimmen, wie es deinem Kind geht. Hilfe suchen ist schon ein Schritt.

picture-book-about-a-new-sibling =
    .title = Lies mit dem älteren Kind ein Buch über ein neues Baby
    .body = Leih dir heute in der Bibliothek ein Bilderbuch über ein Geschwisterchen aus, das geboren wird, und lies es mit deinem älteren Kind. Zeig auf die Bilder und frag: „Was meinst du, wie fühlt sich der große Bruder hier?“ Ein Buch gibt deinem Kind Worte und Bilder für etwas, das noch schwer vorstellbar ist. Will dein Kind es immer wieder hören? Gut so: So probt es, was kommt.

low-or-anxious-during-pregnancy =
    .title = Seit Wochen niedergeschlagen oder ängstlich?
    .body = Bist du seit über zwei Wochen niedergeschlagen, ängstlich oder leer, oder freut dich nichts mehr? Das kommt auch in der Schwangerschaft vor, bei Schwangeren wie Partnern. Sag es heute deiner Hebamme (verloskundige) oder deinem Hausarzt (huisarts); sie denken mit und holen bei Bedarf Hilfe. Es ist nicht deine Schuld, und Hilfe zu holen ist stark. Je früher du es sagst, desto eher wird es leichter.

talk-to-the-bump-in-your-own-language =
    .title = Sprich mit dem Bauch in deiner eigenen Sprache
    .body = Sprichst du zu Hause nicht Niederländisch, oder bist du zweisprachig aufgewachsen? Sprich und sing heute mit dem Bauch in der Sprache deines Herzens, in der du tröstest und Witze machst. Darin klingst du am wärmsten und am meisten wie du selbst, und diesen Klang lernt dein Baby kennen. Sprecht ihr verschiedene Sprachen? Dann hört das Baby einfach zwei. Das ist ein Reichtum, kein Durcheinander.

an-evening-for-the-two-of-you =
    .title = Ein Abend nur für euch zwei
    .body = Bekommt ihr das Baby zu zweit? Plant diese Woche einen Abend nur für euch: euer Lieblingsessen, ein Spaziergang, den ihr früher oft gemacht habt, die Handys weg. Erzählt einander, worauf ihr euch am meisten freut und wovor ihr heimlich Bammel habt. Eltern, die sich gegenseitig getragen fühlen, haben später oft mehr Geduld für ihr Baby. So ein Abend muss nicht teuer sein, um zu zählen.

after-a-loss-extra-contact-with-your-midwife =
    .title = Nach einem Verlust: Ruf ruhig zwischen den Terminen an
    .body = Hast du schon einmal ein Baby verloren, und beschäftigt dich die Anspannung zwischen zwei Vorsorgeterminen? Frag deine Hebamme (verloskundige) heute, ob zusätzlicher Kontakt möglich ist, etwa ein kurzer Termin oder eine feste Zeit zum Telefonieren. Und bist du zwischendurch unsicher, etwa wie sich dein Baby bewegt, dann ruf einfach an. Du störst nicht; sie ist gerade für Eltern wie dich da.

expecting-alone-you-are-the-foundation =
    .title = Alleinerziehend? Du bist das Fundament
    .body = Bekommst du dein Baby allein, und hörst oder denkst du manchmal, deinem Kind werde etwas fehlen? Ein Baby kann sich sicher an einen Elternteil binden, der immer wieder da ist, mit Trost, Essen und Wärme. Leg dir heute einen Satz zurecht, für solche Gespräche oder eigene Zweifel: „Mein Kind hat mich, und ich komme immer zurück.“ Andere Menschen sind ein schönes Extra, aber du bist das Fundament.

when-is-your-baby-active-in-the-womb =
    .title = Wann ist dein Baby im Bauch aktiv?
    .body = Achte heute darauf, wann sich dein Baby bewegt: wenn du dich hinlegst, nach dem Essen, bei Musik? Viele Eltern merken, dass ihr Baby ein eigenes Muster hat. So lernst du dein Kind schon ein bisschen kennen. Spürst du weniger Bewegungen als gewohnt? Warte nicht bis zum nächsten Tag, sondern ruf sofort deine Hebamme (verloskundige) an, auch nachts oder am Wochenende. Das ist nie übertrieben.

grandparent-says-let-the-baby-cry =
    .title = Oma oder Opa sagt: „Lass es ruhig weinen“?
    .body = Hörst du von Oma oder Opa schon jetzt, dass man ein Baby „nicht verwöhnen“ oder „ruhig mal weinen lassen“ soll? Sprecht heute in Ruhe darüber, solange noch kein Baby weint. Sag, was du möchtest: „Wenn das Baby weint, gehen wir hin.“ Ein Neugeborenes kann man nicht verwöhnen; wer auf Weinen reagiert, zeigt dem Baby, dass jemand kommt. Meist ist es gut gemeint; früher lernte man es anders.

a-letter-to-your-baby-read-aloud =
    .title = Schreib deinem Baby einen Brief und lies ihn vor
    .body = Ist es dir unangenehm, mit einem Bauch zu reden? Dann schreib deinem Baby heute einen kurzen Brief: wer ihr seid, wo ihr wohnt, was du dir wünschst. Lies ihn laut vor, dem Bauch oder neben ihm sitzend. Aufgeschriebene Worte lassen sich leichter aussprechen als ausgedachte, und dein Baby hört dabei deine Stimme. Heb den Brief auf; später ist er ein schönes Stück der Geschichte deines Kindes.

divide-the-housework-before-the-baby =
    .title = Teilt den Haushalt auf, bevor das Baby da ist
    .body = Wer macht bald die Wäsche, den Einkauf, das Kochen und den Müll? Schreibt heute gemeinsam alle Aufgaben im Haushalt auf und legt fest, wer in den ersten Monaten was übernimmt; Streichen ist auch erlaubt. Mit ein paar festen Absprachen müsst ihr später weniger verhandeln, wenn ihr beide müde seid. Machst du alles allein? Dann entscheide, welche Aufgaben einfach eine Weile warten dürfen.

older-child-sings-to-the-bump =
    .title = Lass dein älteres Kind dem Bauch etwas vorsingen
    .body = Bitte dein älteres Kind heute, ein Lied für das Baby auszusuchen und es dem Bauch vorzusingen oder ihm etwas zuzuflüstern. Erklär dazu: „Das Baby kann dich schon hören, ein bisschen gedämpft, wie unter Wasser.“ So bekommt dein Kind eine eigene Aufgabe, und das Baby hört eine Stimme, die später oft in der Nähe ist. Singt es nach der Geburt zusammen; dann ist es schon „ihr“ Lied.

curious-who-your-baby-will-be =
    .title = Neugierig, wer dein Baby sein wird
    .body = Hast du schon ein Bild von deinem Kind: ruhig wie du, sportlich wie deine Schwester, verrückt nach Musik? Schreib heute deine Erwartungen auf und setz darunter: „Und ich bin gespannt, wer du wirklich bist.“ Jedes Kind ist eine eigene Person, mit eigenem Tempo und Temperament. Wer neugierig bleibt, sieht später besser, was gerade dieses Baby zeigt, auch wenn es anders ist als gedacht.

partner-how-are-you-really-doing =
    .title = Und wie geht es eigentlich dir als Partner?
    .body = Fragen alle, wie es der schwangeren Person geht, und kaum jemand, wie es dir geht? Auch als Partner oder Partnerin kannst du dir Sorgen machen, schlecht schlafen oder Bammel haben. Erzähl heute einem Menschen, wie es dir wirklich geht: einem Freund, deinen Geschwistern, einer Kollegin. Bleibt es schwer, ist auch dein Hausarzt (huisarts) für dich da. Du zählst auch, für dich und dein Baby.

room-for-the-baby-you-lost =
    .title = Raum für das Kind, das du verloren hast
    .body = Schwanger nach dem Verlust eines Babys, und fühlt sich Freude manchmal wie Verrat an? Dieses Baby ersetzt nicht das Kind, das fehlt; es gibt Raum für beide. Wähl heute eine kleine Geste: eine Kerze, ein Foto, eine Erinnerungskiste. Später kannst du diesem Baby von dem Kind davor erzählen. Wird die Trauer zu schwer, sag es deiner Hebamme (verloskundige) oder deinem Hausarzt (huisarts).

choose-a-first-book-at-the-library =
    .title = Such schon jetzt das erste Buch für dein Baby aus
    .body = Geh heute in die Bibliothek und such ein erstes Buch für dein Baby aus: feste Seiten, große Bilder, kurze Sätze oder ein Reim. Lies es dem Bauch ein paarmal vor, damit du es später fast auswendig kannst. Neugeborene verstehen keine Geschichte, genießen aber deine Stimme ganz nah. Frag auch, ob dein Baby nach der Geburt Mitglied werden kann; für Kinder ist das oft kostenlos.

what-will-your-baby-call-each-of-you =
    .title = Wie wird euer Baby jeden von euch nennen?
    .body = Seid ihr mehr als zwei Eltern, oder zwei Mütter oder zwei Väter? Legt heute fest, wie euer Baby jeden von euch nennt, etwa Mama, Mami, Papa oder ein Name aus einer anderen Sprache, und benutzt diese Namen schon, wenn ihr mit dem Bauch sprecht. Feste Namen und vertraute Menschen machen die Welt für ein Baby vorhersehbar. Ein Name darf sich noch ändern; wichtig ist, dass alle dazugehören.

missing-your-own-parent-now =
    .title = Fehlt dir gerade jetzt deine Mutter oder dein Vater?
    .body = Ist deine Mutter oder dein Vater gestorben oder nicht in deinem Leben, und fehlt er oder sie dir gerade jetzt? Ein Kind zu erwarten weckt oft alte Trauer; das ist normal. Wähl heute etwas von ihr oder ihm zum Weitergeben: ein Lied, ein Gericht, eine Geschichte, ein Foto fürs Babyzimmer. So bekommt dein Baby doch etwas davon mit, woher du kommst. Erzähl auch jemandem, dass du sie oder ihn vermisst.

guess-aloud-what-your-baby-is-doing =
    .title = Rate laut, was dein Baby gerade macht
    .body = Spürst du rhythmisches Klopfen oder eine Drehung? Rate heute laut, was dein Baby gerade macht: „Hast du Schluckauf?“ „Schläfst du?“ „Hat dich die Tür erschreckt?“ Du musst nicht richtig liegen. So übst du schon, dich zu fragen, was in deinem Kind vorgeht, etwas, das du bald den ganzen Tag tust: „Bist du müde? Hast du Hunger?“ Bist du der Partner oder die Partnerin, rate einfach mit.

baby-photos-with-your-eldest =
    .title = Babyfotos anschauen mit dem älteren Kind
    .body = Hol heute die Babyfotos deines älteren Kindes heraus und schaut sie zusammen an: „Schau, so klein warst du. Hier bekommst du zu trinken, hier liegst du bei mir auf dem Schoß.“ So sieht dein Kind, wie Babys sind: Sie schlafen viel, weinen und können noch nicht spielen. Und es hört, dass es genauso liebevoll versorgt wurde. Viele Kinder wollen danach immer wieder „die Babyfotos“ sehen.

mute-the-perfect-parents-online =
    .title = Weniger perfekte Eltern im Feed
    .body = Siehst du online vor allem strahlende Schwangere, perfekte Kinderzimmer und Eltern, die scheinbar alles wissen? Schalte heute zwei Accounts stumm, die dich verunsichern. Du siehst einen ausgewählten Moment, keinen gewöhnlichen Tag. Dein Baby braucht keine perfekten Eltern, sondern jemanden, der da ist, Fehler macht und sie wiedergutmacht. Folge stattdessen jemandem, der dich zum Lachen bringt.

a-hard-date-during-this-pregnancy =
    .title = Fällt ein schweres Datum in diese Schwangerschaft?
    .body = Steht ein Datum bevor, das wehtut, etwa der Todestag oder Geburtstermin eines Kindes, das du verloren hast, oder die Woche, in der es damals schiefging? Plan diesen Tag jetzt sanft: frei nehmen, wenn es geht, jemand bei dir, etwas zum Erinnern. Sag es auch deiner Hebamme (verloskundige), damit sie weiß, warum du angespannt bist. Ein schwerer Tag sagt nichts über deine Bindung zu diesem Baby.

collect-the-happy-moments =
    .title = Sammle die schönen Momente
    .body = Geht viel Aufmerksamkeit an Sorgen, Listen und Termine? Schreib heute einen Moment auf, in dem du dich über das Baby gefreut hast: das erste Mal, als du etwas gespürt hast, ein Witz über einen Namen, ein winziger Body in einem Laden. Mach eine Gewohnheit daraus, in einem Heft oder auf dem Handy. Freude verdient auch Platz, und an einem schweren Tag nach der Geburt tut es gut, das nachzulesen.

a-prayer-or-blessing-for-the-bump =
    .title = Ein Gebet, ein Segen oder ein Vers für den Bauch
    .body = Hat deine Familie oder dein Glaube Worte, die zu einer Schwangerschaft gehören, wie ein Gebet, einen Segen, einen Vers oder einen Wunsch, den deine Oma immer sagte? Sprich sie heute leise zum Bauch, in einem ruhigen Moment, zu dem du öfter zurückkehren kannst. So hört dein Baby früh die Klänge, mit denen du aufgewachsen bist. Kein Glaube? Ein Wunsch für dein Kind in eigenen Worten tut es genauso.

far-away-during-the-pregnancy =
    .title = Weit weg während der Schwangerschaft?
    .body = Arbeitest du weit weg oder im Ausland, oder wohnst du nicht mit der schwangeren Person zusammen? Ruf heute am Ende des Tages an, bitte darum, das Handy kurz an den Bauch zu halten, und erzähl dem Baby etwas von deinem Tag. Dein Baby hört vor allem die Stimme, die nah ist, aber für dich wird das Baby so wirklicher, und die andere Person fühlt sich weniger allein. Ein paar Sätze reichen.

children-from-an-earlier-relationship =
    .title = Kinder aus einer früheren Beziehung und das neue Baby
    .body = Gibt es Kinder aus einer früheren Beziehung, die nicht immer bei euch wohnen? Sie fragen sich womöglich, ob sie noch dazugehören. Sprecht heute mit ihnen und ihrem Elternteil darüber, was sich ändert und was bleibt: ihr Bett, ihr Platz am Tisch, ihre Wochenenden. Gebt ihnen eine Rolle: „Du wirst großer Bruder oder große Schwester.“ Wer sich mitgezählt fühlt, heißt das Baby leichter willkommen.

sway-while-you-sing =
    .title = Wieg dich beim Singen mit
    .body = Leg heute Musik auf, die du liebst, oder summ selbst, und wiege dich sanft hin und her, im Stehen oder auf einem Stuhl, die Hände auf dem Bauch. Dein Baby kennt dieses Wiegen schon: Bei jedem Schritt, den du machst, schaukelt es mit. Das ist ein Grund, warum viele Neugeborene bei langsamem Wiegen im Arm ruhig werden. Partner oder Partnerin? Wiegt euch zusammen, die Arme um den Bauch.

a-doll-to-practise-with-for-your-eldest =
    .title = Eine Puppe zum Üben für das ältere Kind
    .body = Gib deinem älteren Kind heute eine Puppe oder ein Kuscheltier, das „das Baby“ sein darf, und spielt zusammen: baden, wickeln, wiegen und ein Lied singen. Zeig, wie man ein Babyköpfchen stützt und sanft streichelt. So übt dein Kind und fühlt sich später nicht als Zuschauer, sondern als große Schwester oder großer Bruder mit Erfahrung. Fliegt die Puppe mal durchs Zimmer? Auch das ist Verarbeiten.

partner-choose-your-own-care-moments =
    .title = Welche Pflegemomente werden deine?
    .body = Wird der andere Elternteil stillen, und fragst du dich, was deine Rolle wird? Such dir heute zwei Pflegemomente aus, die von Anfang an deine sind, etwa das Baden, die Windel am Morgen, das Bäuerchen nach dem Trinken oder Haut an Haut, solange du hellwach bist. Ein Baby bindet sich an alle, die es oft und liebevoll versorgen, nicht nur an die, die es füttern. Sag, was du gewählt hast.

after-a-loss-who-can-share-your-fear =
    .title = Nach einem Verlust: Mit wem teilst du deine Angst?
    .body = Nach einem Verlust wieder schwanger, und alle freuen sich, während du auch Angst hast? Such dir heute ein, zwei Menschen, mit denen du diese Angst teilen darfst: jemand, der nicht gleich „Wird schon gut gehen“ sagt, sondern einfach zuhört. Verabredet, dass du an schweren Tagen anrufen darfst. Bestimmt die Angst deine Tage, sag es deiner Hebamme (verloskundige) oder deinem Hausarzt (huisarts).

agree-how-to-share-the-nights =
    .title = Sprecht jetzt ab, wie ihr die Nächte aufteilt
    .body = Ein Neugeborenes wird nachts oft wach. Besprecht heute, wie ihr das aufteilen wollt: abwechselnd eine Nacht, eine Person den späten Abend und die andere den frühen Morgen, oder ihr steht beide bei jeder Mahlzeit auf und macht tagsüber abwechselnd ein Nickerchen. Stillt eine Person von euch, kann die andere das Baby bringen und wickeln. Ein Plan auf Papier erspart Streit um drei Uhr nachts.

night-worries-on-a-notepad =
    .title = Nachts am Grübeln? Schreib es auf einen Zettel
    .body = Liegst du nachts wach und grübelst über das Baby: Ist alles gut, schaffe ich das überhaupt? Leg dir Zettel und Stift ans Bett. Schreib die Sorge auf und sag dir: „Das ist für morgen.“ Schau morgens, was sie braucht: eine Frage an die Hebamme (verloskundige), ein Gespräch, oder darf sie weg? Geht es um etwas, das nicht warten kann, etwa weniger Kindsbewegungen, ruf sofort die Hebamme an.

take-your-eldest-to-a-checkup =
    .title = Nimm dein älteres Kind einmal mit zur Vorsorge
    .body = Frag deine Hebamme (verloskundige), ob dein älteres Kind einmal zu einem Vorsorgetermin mitkommen darf, um den Herzschlag des Babys zu hören. Erklär vorher, was passiert: „Die Hebamme hört mit einem kleinen Gerät am Bauch, und dann hörst du ein schnelles Klopfen.“ Für viele Kinder wird das Baby so plötzlich echt. Nimm etwas zum Spielen fürs Warten mit und frag dein Kind danach, was es gehört hat.

one-goodnight-phrase-for-the-bump =
    .title = Jeden Abend derselbe Gute-Nacht-Satz
    .body = Such dir heute einen festen Gute-Nacht-Satz für den Bauch aus, zum Beispiel: „Schlaf gut, Kleines, bis morgen.“ Sag ihn jeden Abend vor dem Schlafen, nacheinander, wenn ihr zu zweit seid. Ein fester Satz ist ein kleines Ritual, das nach der Geburt einfach weitergehen kann, als Anfang eures eigenen Einschlafrituals. Vergessen? Dann morgen einfach wieder.

what-each-of-you-needs-when-worn-out =
    .title = Was brauchst du, wenn du nicht mehr kannst?
    .body = Wisst ihr voneinander, was hilft, wenn jemand müde oder angespannt ist? Manche wollen kurz allein sein, andere reden oder einen Arm um sich spüren. Fragt euch das heute gegenseitig und schreibt die Antworten auf. In den ersten Wochen mit wenig Schlaf müsst ihr dann nicht raten und könnt euch schneller helfen. Vielleicht lernst du sogar etwas Neues über jemanden, den du seit Jahren kennst.

ask-your-school-age-child-what-will-change =
    .title = Frag dein Schulkind, was sich ändern wird
    .body = Geht dein Kind schon zur Schule? Frag heute, bei einem Spaziergang oder im Auto: „Was glaubst du, was sich ändert, wenn das Baby da ist?“ Hör zu und korrigiere nicht gleich, auch nicht bei „Dann habt ihr keine Zeit mehr für mich.“ Sag, was du hörst, und was bleibt: „Du hast Angst, dass ich weniger Zeit habe. Ich bin weiter für dich da.“ Nebeneinander reden viele Kinder leichter.

tell-each-other-what-you-see-in-the-other =
    .title = Sagt euch, was ihr im anderen als Elternteil seht
    .body = Bekommst du das Baby mit jemandem zusammen? Sagt euch heute gegenseitig eine Sache, bei der ihr denkt: Damit hat unser Baby Glück. „Du bist so geduldig“ oder „Du bringst alle zum Lachen.“ In den vollen ersten Monaten sieht man vor allem, was schiefgeht; ein Kompliment von heute kann man dann wieder hervorholen. Und es wirkt in beide Richtungen: Du hörst, was die andere Person schon in dir sieht.

eldest-suddenly-clingy-as-the-bump-grows =
    .title = Ist dein älteres Kind plötzlich anhänglich?
    .body = Will dein älteres Kind plötzlich wieder getragen werden, spricht es wie ein Baby oder schläft es schlechter, jetzt, wo der Bauch wächst? Kinder spüren oft, dass sich etwas verändert, auch wenn sie es nicht verstehen. Sag heute, was du siehst: „Du willst nah bei mir sein, oder? Das darfst du.“ Tragen fällt jetzt vielleicht schwerer, aber ein Schoß geht immer. Meist geht das von selbst vorbei.

a-phrase-for-please-take-over =
    .title = Vereinbart einen Satz für „Übernimmst du?“
    .body = Vereinbart heute einen kurzen Satz, der später heißt: Ich kann nicht mehr, nimm du das Baby bitte eine Weile. Etwa „Tauschen?“ oder „Du bist dran.“ Die andere Person übernimmt dann, ohne Fragen und ohne Urteil; erklärt wird später. So ist euer Baby bei jemandem, der noch Ruhe übrig hat. Wer den Satz sagt, sorgt gut für die Familie; das ist kein Versagen.


expecting-safe-sleep-plan =
    .title = Sicher schlafen: jetzt schon planen
    .body = Überleg dir heute, wo dein Baby schlafen wird: auf dem Rücken, im eigenen Bettchen oder in der Wiege, gern in deinem Schlafzimmer. Bis zum ersten Geburtstag kommt nichts Weiches hinein: kein Kuscheltier, kein Tuch, kein Kissen, kein Nestchen. Und egal wie müde oder verzweifelt du später bist: Schüttle ein Baby nie. Leg es auf den Rücken ins Bett und geh kurz raus. Sag das allen, die helfen.

expecting-where-to-ask =
    .title = Wen du fragen kannst, jetzt und später
    .body = Schreib heute auf, wen du wofür fragst. Jetzt: deine Hebamme (verloskundige). Erste Woche: die Kraamzorg (Wochenbettpflege zu Hause) und die Hebamme, auch nachts. Danach das Consultatiebureau (Kinderberatungsstelle), bei Krankheit der Hausarzt (huisarts), abends und am Wochenende der hausärztliche Notdienst (huisartsenpost). Traurig, ängstlich? Das kennen viele. Sag es ihnen: Fragen ist Stärke.

talk-to-employer-about-handover =
    .title = Kläre rechtzeitig die Übergabe bei der Arbeit
    .body = Vereinbare heute ein Gespräch bei der Arbeit über deine Auszeit: wann du aufhörst, wer deine Aufgaben übernimmt und wie du sie übergibst. Mach vorher eine Liste mit allem, was gerade läuft. Je besser die Arbeit geregelt ist, desto weniger geht sie dir später durch den Kopf, wenn du bei deinem Baby bist. Und kommt dein Baby früher als gedacht, liegt schon ein Plan bereit.

kraamzorg-what-it-is-and-booking =
    .title = Kraamzorg: was das ist und wie du sie regelst
    .body = In den Niederlanden kommt nach der Geburt meist Kraamzorg (Wochenbettpflege zu Hause): Eine Wochenbettpflegerin hilft dir in den ersten Tagen bei der Versorgung deines Babys und deiner selbst und zeigt dir vieles. Noch nicht geregelt, oder neu in den Niederlanden? Ruf heute deine Krankenversicherung an oder frag deine Hebamme (verloskundige). Dann bist du in der ersten Woche nicht allein.

self-employed-plan-your-own-leave =
    .title = Selbstständig? Plan deine eigene Auszeit
    .body = Kein Arbeitgeber, weil du selbstständig bist? Blocke heute die Wochen rund um die Geburt im Kalender und sag deinen festen Kunden, wann du nicht da bist. Erkundige dich auch, welche Regelungen es für Selbstständige gibt. Ohne Plan schleicht sich die Arbeit schnell wieder ein, dabei brauchst du diese Wochen, um dein Baby kennenzulernen. Eine Vertretung ist Gold wert.

no-huisarts-yet-register-now =
    .title = Noch kein Hausarzt? Melde dich jetzt an
    .body = Gerade umgezogen oder neu in den Niederlanden, und noch keinen Hausarzt (huisarts)? Melde dich heute bei einer Praxis in der Nähe an; nach der Geburt meldest du dort auch dein Baby an. Wenn dein Baby krank ist oder du dir Sorgen machst, willst du jemanden anrufen können, ohne erst zu suchen. Frag gleich, wie es abends und am Wochenende läuft, mit dem hausärztlichen Notdienst (huisartsenpost).

interpreter-at-the-verloskundige =
    .title = Bitte bei der Hebamme um eine Dolmetscherin
    .body = Ist Niederländisch nicht deine erste Sprache, und verstehst du deine Hebamme (verloskundige) nicht immer gut? Frag beim nächsten Termin, ob jemand dolmetschen kann, auch per Telefon. So kannst du sagen, was du möchtest, und verstehst, was passiert, auch rund um die Geburt. Lass möglichst kein Kind für dich übersetzen. Nicken, obwohl du unsicher bist, musst du nicht: Nachfragen ist immer okay.

leave-weeks-kept-empty =
    .title = Elternzeit ist Zeit zum Kennenlernen
    .body = Schau dir heute die Wochen nach der Geburt an und streich alles, was warten kann: die Renovierung, die Umzugshilfe, den Kurs. Die freie Zeit ist nicht zum Abarbeiten liegengebliebener Dinge da, sondern um bei deinem Baby zu sein: schauen, halten, herausfinden, was es braucht. Daraus wächst die Bindung. Ein leerer Kalender fühlt sich vielleicht seltsam an; für diese Wochen ist er genau richtig.

parental-leave-how-to-spread-it =
    .title = Elternzeit: überleg, wie du sie aufteilst
    .body = Finde heute heraus, welche Auszeit du nach der Geburt nehmen kannst, und überleg, wie: am Stück oder eine Zeit lang einen festen Tag pro Woche. Für ein Baby zählt vor allem, dass ein paar vertraute Menschen oft und regelmäßig da sind. Ein fester „Elterntag“ pro Woche kann deshalb genauso wertvoll sein wie eine lange Pause. Entscheiden musst du heute noch nichts.

antenatal-class-and-other-parents =
    .title = Ein Kurs, und andere, die auch warten
    .body = Melde dich heute für einen Geburtsvorbereitungskurs oder einen Infoabend über die Geburt und die ersten Wochen an; deine Hebamme (verloskundige) weiß, was es in der Nähe gibt. Zu wissen, was kommt, macht es weniger aufregend. Und du triffst Menschen, die um die gleiche Zeit ein Baby bekommen, später schön für einen Spaziergang oder eine schnelle Frage. Schon ein Abend lohnt sich.

question-list-for-the-verloskundige =
    .title = Eine Fragenliste für die nächste Vorsorge
    .body = Führ ab heute eine Notiz im Handy mit allem, was du deine Hebamme (verloskundige) fragen willst, auch wenn es klein oder komisch wirkt. Zum Beispiel: Was passiert in der ersten Stunde nach der Geburt, was, wenn es anders läuft als geplant, wann rufe ich dich an? Lies die Liste kurz vor dem Termin noch einmal durch. Antworten, die du verstehst, geben Ruhe, jetzt und später.

baby-first-aid-course =
    .title = Erste Hilfe am Baby: ein Abend, der Ruhe gibt
    .body = Such dir heute einen Erste-Hilfe-Kurs für Babys und Kleinkinder in deiner Nähe. Du lernst, was zu tun ist, wenn dein Baby sich verschluckt, hinfällt oder krank wirkt, und wann du Hilfe holst. Wer weiß, was zu tun ist, erschrickt weniger und kann einem Baby ruhiger helfen. Nimm gern jemanden mit, der später oft aufpasst, etwa eine Oma, einen Opa oder eine Freundin.

what-a-baby-really-needs-list =
    .title = Was ein Baby wirklich braucht, ist eine kurze Liste
    .body = Spürst du Druck, alles Mögliche zu kaufen? Schreib heute die echte Liste: ein sicheres Bettchen, eine Babyschale fürs Auto, ein paar Sachen zum Anziehen, Windeln, etwas zum Waschen. Gebraucht ist völlig in Ordnung, solange Bett und Babyschale sicher sind. Der Rest kann warten. Was dein Baby am meisten braucht, kann man nicht kaufen: dich, ganz nah. Das steht schon auf der Liste.

expecting-twins-extra-help =
    .title = Zwillinge unterwegs? Organisier mehr Hände
    .body = Erwartest du Zwillinge? Frag heute deine Hebamme (verloskundige) oder Frauenärztin, was das für die Kraamzorg (Wochenbettpflege zu Hause) bedeutet, und mach deinen Kreis von Helfern größer, als du glaubst. Richte zwei sichere Schlafplätze ein: jedes Baby auf dem Rücken, im eigenen Bettchen. Mit genug Händen um dich herum bleibt Zeit, jedes deiner Babys als eigenen kleinen Menschen kennenzulernen.

pram-where-baby-faces-you =
    .title = Ein Kinderwagen, in dem dein Baby dich sieht
    .body = Suchst du einen Kinderwagen aus oder leihst einen? Nimm am besten einen, in dem dein Baby in den ersten Monaten zu dir schaut. Unterwegs siehst du dann, ob es schläft, sich erschreckt oder unruhig wird, und dein Baby sieht dein Gesicht zwischen all den neuen Geräuschen. Wird es doch einer, der nach vorn zeigt? Dann beug dich unterwegs ab und zu über dein Baby und sag etwas.

hold-someone-elses-baby-first =
    .title = Noch nie ein Neugeborenes gehalten?
    .body = Hast du noch wenig Erfahrung mit Babys? Frag jemanden mit einem kleinen Baby, ob du einmal zum Helfen kommen darfst: halten, wickeln, beim Füttern dabei sein. Achte darauf, wie dieses Baby zeigt, was es braucht, und wie die Eltern darauf reagieren. So sind die ersten Tage mit deinem eigenen Baby etwas weniger fremd. Sich ungeschickt zu fühlen gehört dazu, jetzt und später.

cot-assembled-in-your-room =
    .title = Bau das Bettchen schon mal auf
    .body = Bau heute das Bettchen oder die Wiege auf und gib ihm einen Platz in deinem Schlafzimmer, nicht an der Heizung und weg von Schnüren an Vorhängen oder Lampen. Prüf die Matratze: fest, eben und passgenau, ohne Spalt am Rand; bei einem gebrauchten Bett auch, ob alle Stäbe heil sind. Steht das Bett später nah bei dir, hörst du nachts schnell, wenn etwas gebraucht wird.

soft-gifts-stay-out-of-the-cot =
    .title = Kuscheltiere geschenkt? Die schlafen nicht mit
    .body = Bekommst du bei der Babyparty oder beim Besuch Kuscheltiere, Decken, Kissen oder ein Nestchen? Bedank dich herzlich und gib den Sachen schon mal einen Platz im Regal oder Schrank. Ins Bettchen kommt bis zum ersten Geburtstag nichts Weiches; ein Kuscheltier ist für wache Momente, auf dem Schoß. Fragt jemand, was du noch brauchst? Ein gut passender Schlafsack darf sehr wohl ins Bett.

smoke-free-home-and-car =
    .title = Abmachung: rauchfrei in Wohnung und Auto
    .body = Raucht jemand bei dir zu Hause oder in der Familie? Vereinbare heute mit allen, dass drinnen und im Auto nicht mehr geraucht wird, auch nicht von Besuch. Rauch setzt sich in Kleidung, Vorhängen und Sitzen fest, und ein Baby atmet ihn ein, auch wenn gerade niemand raucht. Ein Zettel an der Tür erspart das ständige Erklären. Will jemand aufhören? Der Hausarzt (huisarts) hilft gern.

sling-practice-with-a-teddy =
    .title = Übe das Tragetuch mit einem Kuscheltier
    .body = Möchtest du dein Baby später im Tragetuch oder in einer Trage tragen? Übe heute mit einem Kuscheltier oder einem zusammengerollten Handtuch, ruhig und ohne Eile. Getragen werden gibt einem Baby deine Wärme, deinen Geruch und deinen Herzschlag. Achte darauf: Gesicht frei und sichtbar, Kinn nicht auf der Brust, und so hoch, dass du das Köpfchen küssen kannst. Unsicher? Eine Trageberaterin hilft.

changing-place-all-within-reach =
    .title = Ein Wickelplatz, an dem alles griffbereit ist
    .body = Richte heute den Platz ein, an dem du später wickelst: in einer Höhe, die deinem Rücken guttut, mit Windeln, Tüchern, frischer Kleidung und einem Handtuch in Griffweite. Dann musst du nie weggehen, und eine Hand bleibt immer an deinem Baby. Wenn du nichts suchen musst, wird Wickeln leichter zu einem Moment zu zweit, dein Gesicht ganz nah. Probier es einmal mit einem Kuscheltier.

daytime-sleep-spot-downstairs =
    .title = Auch im Wohnzimmer ein sicherer Schlafplatz
    .body = Wo schläft dein Baby tagsüber, wenn du im Wohnzimmer bist? Richte heute auch dort einen sicheren Platz ein: Wiege, Laufstall oder Reisebett mit fester, passender Matratze, in dem dein Baby auf dem Rücken liegt, ohne Weiches drumherum. Sofa, Kissen oder ein großes Bett sind kein Schlafplatz für ein Baby, auch nicht kurz. So schläft dein Baby in deiner Nähe, und du kannst dich einfach hinsetzen.

what-the-consultatiebureau-is =
    .title = Was ist das Consultatiebureau?
    .body = Nach der ersten Woche übernimmt die JGZ (Jugendgesundheitsdienst): Oft kommt zuerst jemand zu dir nach Hause, dann gehst du mit deinem Baby zum Consultatiebureau (Kinderberatungsstelle). Dort wird dein Baby gewogen und gemessen, Impfungen werden angeboten und du kannst alles fragen, auch über dich. Kostenlos, ohne Noten. Sprich heute ab, wer zum ersten Termin mitkommt: Vier Ohren hören mehr.

kraamzorg-intake-your-wishes =
    .title = Sag der Kraamzorg, wie es bei dir zu Hause ist
    .body = Kommt die Kraamzorg (Wochenbettpflege zu Hause) bald zum Vorgespräch, oder war sie schon da? Schreib heute auf, was die Pflegerin über dein Zuhause wissen sollte: ein älteres Kind, das auch Aufmerksamkeit braucht, dass du allein bist, eine Sprache, in der du dich leichter ausdrückst, ein Haustier oder dass dir Ruhe am wichtigsten ist. Dann hilft sie vom ersten Tag an so, wie es zu dir passt.

first-hour-after-birth-undisturbed =
    .title = Die erste Stunde: Handys weg, die Nachricht wartet
    .body = Vereinbare heute, dass die erste Stunde nach der Geburt ruhig bleibt: Handys weg, die Nachricht wartet. Leg jetzt fest, wer sie später verschickt und wann, damit in dieser Stunde niemand auf einen Bildschirm schaut. Frag deine Hebamme (verloskundige), ob Wiegen und Messen warten kann. In der ersten Stunde sucht dein Baby deine Wärme, deinen Geruch, deine Stimme. Die Familie erfährt es später.

caesarean-ask-about-skin-to-skin =
    .title = Kaiserschnitt? Frag nach Haut an Haut
    .body = Ist ein Kaiserschnitt geplant oder möglich? Frag heute im Krankenhaus, ob dein Baby schon im OP oder im Aufwachraum Haut an Haut bei dir liegen kann, und was passiert, wenn das nicht geht. Vielleicht kann dann ein anderer Erwachsener schon mal Haut an Haut geben, wach und aufmerksam. So beginnt auch dein Baby nah an einem vertrauten Körper. Schreib die Antwort in deinen Geburtsplan.

giving-birth-without-partner-companion =
    .title = Ohne Partner gebären? Wähl jemanden an deiner Seite
    .body = Bekommst du dein Baby allein, oder kann dein Partner oder deine Partnerin nicht dabei sein? Bitte heute einen vertrauten Menschen, bei der Geburt und in den ersten Tagen da zu sein. Besprecht deine Wünsche und was diese Person tut, wenn du kurz nicht kannst: dein Baby Haut an Haut nehmen, wach und aufmerksam. Sag deiner Hebamme (verloskundige), wer es ist. So gibt es ein vertrautes Gesicht.

hospital-stay-baby-in-your-room =
    .title = Im Krankenhaus? Frag, ob dein Baby bei dir bleibt
    .body = Bekommst du dein Baby im Krankenhaus, oder musst du vielleicht ein paar Tage bleiben? Frag heute, etwa bei einer Führung, ob dein Baby Tag und Nacht bei dir im Zimmer bleibt und ob jemand bei dir übernachten darf. Liegt dein Baby neben dir, lernst du seine Signale sofort kennen und kannst schnell reagieren. Mit der Antwort weißt du auch, was in die Tasche gehört.

test-ride-to-the-hospital =
    .title = Fahr den Weg zum Krankenhaus einmal ab
    .body = Fahr heute einmal zu dem Krankenhaus, in dem du entbindest oder in das du fährst, wenn es zu Hause anders läuft. Schau, wo du parkst, welcher Eingang nachts offen ist und wie lange du brauchst. Hausgeburt geplant? Dann prüf, ob deine Hausnummer gut zu sehen ist. Ist der Weg vertraut, bleibt dein Kopf am Tag selbst frei. Probier die Fahrt ruhig auch einmal im Dunkeln.

car-seat-fitted-and-practised =
    .title = Üb mit der Babyschale vor der Fahrt nach Hause
    .body = Hol die Babyschale heute aus dem Karton und bau sie ein, mit der Anleitung daneben. Setz ein Kuscheltier hinein, zieh die Gurte fest und übe das Einklicken und Lösen. Kommt sie rückwärts auf den Beifahrersitz, muss der Airbag dort aus sein. Sind diese Handgriffe vertraut, bist du auf der ersten Fahrt nach Hause bei deinem Baby statt bei den Schnallen. Unsicher? Lass jemanden mitschauen.

no-car-ride-home-plan =
    .title = Kein Auto? Plan, wie du nach Hause kommst
    .body = Kein Auto? Überleg heute, wie du nach einer Geburt im Krankenhaus mit deinem Baby heimkommst: mit jemandem, der dich abholt, oder mit dem Taxi, in das du deine eigene Babyschale mitnimmst. Auch im Taxi gehört ein Baby in eine gut befestigte Schale, nie lose auf den Schoß. Schau also vorher, wie man sie in einem anderen Auto befestigt. Eine ruhige erste Fahrt ist ein schöner Anfang für das Zuhause.

feeding-plan-with-room-to-change =
    .title = Ein Plan fürs Füttern, der sich ändern darf
    .body = Überleg heute, wie du dein Baby ernähren möchtest: Brust, Flasche oder beides. Schreib es auf und setz darunter: „Wenn es anders kommt, ist das auch gut.“ Manchmal läuft es nach der Geburt anders als geplant, und das sagt nichts darüber, wie gut du es machst. Die Bindung wächst aus der Nähe beim Füttern, nicht aus der Art der Milch. Zeig den Zettel ruhig deiner Hebamme (verloskundige).

breastfeeding-who-helps-first-week =
    .title = Stillen? Kläre, wer dir hilft
    .body = Möchtest du stillen? Frag heute deine Hebamme (verloskundige), wer dir in der ersten Woche hilft: die Pflegerin der Kraamzorg, die Hebamme selbst, und ob eine Stillberaterin dazukommen kann, wenn es hakt. Stillen lernst du zusammen mit deinem Baby, und Hilfe am Anfang macht es leichter. Schreib die Namen mit auf deine Liste.

work-on-pause-on-your-phone =
    .title = Stell die Arbeit auf Pause, auch im Handy
    .body = Beginnt deine Auszeit bald? Bereite heute vor, was dann eingeschaltet wird: eine Abwesenheitsnotiz, der Name deiner Vertretung, und dienstliche Mails und Chats vom Handy runter oder stumm. Ein Handy, das beim Füttern brummt, zieht dich von deinem Baby weg, auch wenn du nicht rangehst. Sag den Kollegen, dass du die Babynachricht selbst schickst; dann muss niemand nachfragen.

leave-before-birth-rest-first =
    .title = Deine Auszeit beginnt: erst Ruhe, dann Aufgaben
    .body = Beginnt deine Auszeit vor der Geburt bald, oder bist du schon zu Hause? Such dir pro Tag eine Sache aus, die du erledigen willst, und halte den Rest des Tages frei für Ruhe: liegen, spazieren, ein Nickerchen. Es ist verlockend, noch das ganze Haus zu putzen, aber deine Kraft brauchst du später für die Nächte mit deinem Baby. Was heute nicht fertig wird, geht auch morgen. Oder gar nicht.

bottle-feeding-practise-now =
    .title = Fläschchen? Jetzt üben, später mehr Ruhe
    .body = Planst du, mit der Flasche zu füttern? Bereite heute einmal ein Fläschchen zu, genau wie auf der Packung beschrieben; dann machst du es später nicht zum ersten Mal mit einem weinenden Baby im Arm. Überleg auch, wie du sitzt: dein Baby halb aufrecht in deinem Arm, eng bei dir, dein Gesicht nah. So wird die Flasche ein Moment zu zweit, egal wer sie gibt.

no-family-nearby-ask-for-volunteers =
    .title = Keine Familie in der Nähe? Frag nach Unterstützung
    .body = Wohnt deine Familie weit weg, oder hast du wenige Menschen um dich? Frag heute deine Hebamme (verloskundige) oder das Consultatiebureau (Kinderberatungsstelle), ob es in deiner Gegend Ehrenamtliche oder Familien gibt, die junge Eltern begleiten: ein Kaffee, ein Spaziergang, ein offenes Ohr. Alle Eltern brauchen Menschen um sich, und diesen Kreis darfst du neu aufbauen. Fragen ist keine Schwäche.

birth-bag-by-the-door =
    .title = Stell die Tasche an die Tür
    .body = Pack heute deine Tasche für die Geburt, auch wenn du eine Hausgeburt planst: Pläne können sich ändern. Leg Kleidung und ein Mützchen für dein Baby hinein, etwas Bequemes für dich, ein Ladekabel, etwas zu essen und deine Papiere. Stell die Tasche an die Tür, die Babyschale daneben. Wenn alles bereitsteht, musst du am großen Tag an nichts anderes denken als an dein Baby.

house-ready-for-kraamweek =
    .title = Mach dein Zuhause bereit für die erste Woche
    .body = Frag heute nach, was die Kraamzorg (Wochenbettpflege zu Hause) bei dir braucht, und besorg es jetzt: das Wochenbettpaket, oft über die Krankenversicherung, und Klötze unter dem Bett, damit es höher steht. Das höhere Bett erleichtert der Pflegerin die Arbeit und macht das Wochenbett bequemer. Leg alles an einen Ort. Dann gilt deine Aufmerksamkeit deinem Baby, nicht dem Suchen.

birth-papers-in-one-folder =
    .title = Alle Papiere in einer Mappe
    .body = Steck heute alles, was du rund um die Geburt brauchst, in eine Mappe: Ausweis, Versichertenkarte, die Papiere deiner Hebamme (verloskundige). Schau auch nach, wie du die Geburt bei deiner Gemeinde (gemeente) anmeldest, wenige Tage danach, und wer das macht. Leg einen Zettel dazu: Baby bei der Krankenversicherung anmelden. Weniger Laufereien in den ersten Tagen heißt mehr Zeit für dein Baby.

grandparents-first-meeting-plan =
    .title = Wie lernen die Großeltern dein Baby kennen?
    .body = Sprich heute mit den künftigen Großeltern darüber, wie und wann sie dein Baby zum ersten Mal sehen: vielleicht lieber ein ruhiger Moment zu Hause als ein volles Zimmer am ersten Tag? Sag auch, warum: Ein Neugeborenes hat schnell genug von Trubel, und du brauchst deine Kraft. Kennen sie deinen Plan, fühlen sie sich weniger außen vor. So wird das erste Treffen etwas, woran ihr später zurückdenkt.

many-visitors-family-custom =
    .title = Kommt die ganze Familie zu Besuch?
    .body = Ist es in deiner Familie üblich, dass in den ersten Wochen viele Menschen vorbeikommen, etwa in den ersten vierzig Tagen? Bitte heute ein angesehenes Familienmitglied, etwa eine Tante oder eine Oma, zu regeln, wer wann kommt, verteilt über die Wochen statt alle auf einmal. Aus der Familie selbst klingt das nicht unhöflich. So bleibt das Schöne am Willkommenheißen, und dein Baby bekommt genug Ruhe.

visitors-make-their-own-tea =
    .title = Besuch kocht sich den Tee selbst
    .body = Schreib es heute schon in die Nachricht, die du nach der Geburt an Familie und Freunde schickst: „Schön, wenn du kommst! Mach dir selbst einen Tee, und nimm beim Gehen den Müll mit.“ Wer gerade ein Baby bekommen hat, muss niemanden bedienen. So bleibst du auf dem Sofa, dein Baby an dich gekuschelt, und deine Kraft geht dahin, wo sie hingehört. Die meisten helfen gern mit.

visitors-with-a-cold-wait =
    .title = Erkältet oder Lippenherpes? Dann später kommen
    .body = Stell heute Handseife und ein sauberes Handtuch ans Waschbecken, das der Besuch benutzt; dann geht Händewaschen wie von selbst. Überleg dir auch, wie du es sagst, wenn jemand erkältet ist oder Lippenherpes hat: „Schön, dass du kommen willst! Komm lieber, wenn es abgeheilt ist, dann darfst du das Baby auch halten.“ Ein Neugeborenes verträgt solche Viren schlecht. Unsicher? Frag die Kraamzorg.

feeding-while-visitors-are-there =
    .title = Füttern, während Besuch da ist
    .body = Überleg dir heute, was du möchtest, wenn dein Baby Hunger bekommt, während Besuch da ist: Gehst du kurz in ein anderes Zimmer, oder ist das der Moment, in dem der Besuch geht? Babys trinken oft ruhiger in einem stillen Raum, und du kannst dich dann auf dein Baby konzentrieren statt auf das Gespräch. Ein freundliches „Ich geh jetzt füttern, bis zum nächsten Mal!“ ist immer in Ordnung.

family-far-away-one-video-call =
    .title = Familie weit weg? Plan einen ruhigen Videoanruf
    .body = Hast du Familie weit weg, die dein Baby so schnell wie möglich sehen will? Vereinbare heute, dass du in den ersten Tagen selbst Bescheid gibst, wann angerufen wird: ein ruhiger Videoanruf, wenn dein Baby wach und zufrieden ist, statt eines Handys, das den ganzen Tag klingelt. Ein Foto zwischendurch geht immer. So sehen sie dein Baby in einem guten Moment, und du behältst deine Ruhe.

someone-to-text-at-night =
    .title = Wem darfst du nachts schreiben?
    .body = Such dir heute einen Menschen, dem du nachts schreiben kannst, wenn du mit wachem Baby allein dasitzt: eine Freundin mit Nachtdienst, Familie in einer anderen Zeitzone. Frag einfach: „Darf ich dir nachts um drei schreiben?“ Eine Antwort macht die Nacht weniger einsam. Sorgen ums Baby? Erste Woche: Hebamme (verloskundige), dann Hausarzt (huisarts) oder hausärztlicher Notdienst (huisartsenpost).

cook-double-and-freeze =
    .title = Doppelt kochen und einfrieren
    .body = Koch diese Woche ein paarmal die doppelte Menge und frier die Hälfte ein, in Portionen, die sich leicht aufwärmen und mit einer Hand essen lassen. Suppe, Eintopf, Auflauf: was dir schmeckt. In den ersten Wochen mit Baby fällt das Kochen oft als Erstes weg, und wer gut isst, hat mehr Geduld übrig. Beschrifte jede Dose, dann muss um Mitternacht niemand raten.

night-feeding-spot-ready =
    .title = Ein Platz fürs nächtliche Füttern, und wenn du einnickst
    .body = Leg heute fest, wo du nachts fütterst: auf einem Stuhl neben dem Bettchen oder aufrecht im Bett mit einem Kissen im Rücken. Merkst du, dass du mit deinem Baby im Arm einschläfst? Dann leg es auf den Rücken in sein eigenes Bett. Mit einem Baby auf dir auf dem Sofa einzuschlafen ist gefährlich, also wähl diesen Platz nachts lieber nicht. Ein fester Ort macht die Nacht auch für dein Baby vertraut.

first-night-home-ready =
    .title = Die erste Nacht zu Hause
    .body = Viele Eltern liegen in der ersten Nacht zu Hause wach und lauschen jedem Geräusch; das ist ganz normal. Speicher heute die Nummer deiner Hebamme (verloskundige) im Handy und leg sie auf einem Zettel neben dein Bett: In der ersten Woche rufst du sie an, auch nachts, wenn du dir Sorgen um dein Baby oder dich machst. Danach: der Hausarzt (huisarts) und der hausärztliche Notdienst (huisartsenpost).

first-week-who-comes-to-the-door =
    .title = Die erste Woche: Wer klingelt da alles?
    .body = In der ersten Woche klingelt es oft: die Pflegerin der Kraamzorg (Wochenbettpflege zu Hause), deine Hebamme (verloskundige) und jemand für den Fersenpiks und meist auch für den Hörtest. Frag deine Hebamme heute, wie das bei dir ungefähr abläuft, und schreib es für alle auf, die dann bei dir sind. So erschrickst du nicht bei jedem Klingeln und nutzt die ruhigen Stunden für dich und dein Baby.

kraamverzorgende-shows-you-do =
    .title = Lass es dir zeigen, dann mach es selbst
    .body = Schreib heute auf, was du in der ersten Woche von der Wochenbettpflegerin lernen möchtest: baden, wickeln, anziehen, trösten. Bitte sie, es einmal vorzumachen und dann neben dir zu bleiben, während du es machst. So lernen deine Hände dein Baby kennen, und dein Baby lernt deine Hände kennen. Nach dieser Woche machst du es selbst, und dann fühlt es sich schon ein bisschen normal an.

nap-while-kraamzorg-is-there =
    .title = Schlaf, wenn die Wochenbettpflegerin da ist
    .body = Nimm dir heute vor: Wenn die Pflegerin der Kraamzorg da ist, lege ich mich tagsüber einmal hin. Sie passt dann auf dein Baby auf, und du holst Schlaf nach. Besuch in diese Stunden zu legen ist verlockend, aber genau dann kannst du auftanken. Etwas ausgeruhter reagierst du ruhiger auf dein Baby, auch nachts. Sag es am ersten Tag einfach laut, dann kann sie damit rechnen.

kraamzorg-last-day-what-they-noticed =
    .title = Letzter Tag der Kraamzorg: Frag, was ihr auffiel
    .body = Am Ende der Kraamzorg (Wochenbettpflege zu Hause) kennt die Pflegerin dein Baby ein bisschen. Nimm dir heute vor, sie am letzten Tag zu fragen: Was ist dir an meinem Baby aufgefallen? Wie zeigt es Hunger oder Müdigkeit, und was hilft beim Trösten? Schreib die Antworten auf. Oft merkst du dann, dass du das meiste schon wusstest. Was du später selbst entdeckst, kommt dazu; die Liste wächst mit.

last-days-any-news-yet =
    .title = Eine Nachricht gegen „Schon was Neues?“
    .body = Fragen dich in diesen letzten Tagen alle, ob es was Neues gibt? Schick heute eine Nachricht herum: „Wir melden uns, wenn das Baby da ist. Fragen müsst ihr nicht, an uns denken schon.“ Dann musst du nicht täglich „noch nicht“ antworten, und dein Kopf bleibt freier: fürs Warten und bald für dein Baby. Dauert es länger als gedacht? Das kennen viele; deine Hebamme (verloskundige) behält es im Blick.


wobbly-walker-sits-down-look-first =
    .title = Plumps, auf den Po: erst ins Gesicht schauen
    .body = Macht dein Kind die ersten Schritte und plumpst immer wieder auf den Po? Warte kurz, bevor du „Hoppla!“ rufst oder hinrennst, und schau in sein Gesicht. Oft schaut dein Kind zuerst dich an, um zu sehen, wie schlimm es ist. Ein ruhiges, freundliches Gesicht sagt: Das schaffst du. Rappelt es sich allein auf? Nick stolz. Echte Tränen? Dann bist du sofort da.

through-the-tunnel-you-at-the-end =
    .title = Durch den Tunnel: Du wartest am Ende
    .body = Gibt es auf dem Spielplatz einen Krabbeltunnel, oder baust du zu Hause einen aus Stühlen und einer Decke? Lass dein Kind an einem Ende hineinkrabbeln und warte am anderen, in der Hocke, dein Gesicht in der Öffnung: „Wo bist du? … Da bist du ja!“ Kurz allein im Dunkeln, dann dein Gesicht am Ende: Weggehen und Wiederfinden im Kleinen. Bleibt es in der Mitte sitzen? Sprich leise durch die Öffnung.

walking-the-last-stretch-yourself =
    .title = Das letzte Stück läuft dein Kind selbst
    .body = Will dein Kind nicht mehr in den Buggy, aber der ganze Weg ist noch zu weit? Vereinbart ein festes Stück, das es an deiner Hand selbst läuft: von der Ecke bis zur Haustür oder durch den Park zum Bäcker. Wähl eine ruhige Strecke ohne gefährliche Straße. Neben dir laufen fühlt sich groß und sicher zugleich an. Müde? Dann zurück in den Buggy; morgen wieder ein Stück.

family-pet-walks-away-read-it =
    .title = Katze oder Hund geht weg? Schau, was das Tier sagt
    .body = Läuft dein Kind der Katze oder dem Hund nach, auch wenn das Tier weggeht? Sagt zusammen laut, was es zeigt: „Mieze geht weg, ihr Schwanz peitscht. Sie mag gerade nicht.“ Setzt euch auf den Boden und wartet, bis das Tier selbst schnuppern kommt; dann darf eine Hand den Rücken streicheln. So merkt dein Kind, dass andere auch fühlen und manchmal Nein sagen. Lass Kleinkind und Haustier nie allein.

bump-on-the-head-comfort-first =
    .title = Kopf gestoßen? Erst trösten, dann aufpassen
    .body = Hat sich dein Kind den Kopf an der Tischkante gestoßen oder ist es auf den Gehweg gefallen? Nimm es hoch und tröste es in Ruhe: „Aua, dein Kopf. Ich hab dich.“ Behalte es danach einen Tag und eine Nacht im Blick. Wird es schläfrig, erbricht es oder ist es anders als sonst? Ruf den Hausarzt (huisarts) an, abends und am Wochenende den hausärztlichen Notdienst (huisartsenpost). Im Zweifel: anrufen.

the-big-cardboard-box =
    .title = Ein großer Karton schlägt jedes Spielzeug
    .body = Kommt ein Paket? Heb den großen Karton auf, entferne Klammern und Klebeband und stell ihn offen auf den Boden. Warte ab, was dein Kind damit macht: hineinklettern, sich verstecken, schieben, darauf trommeln. Du musst dir nichts ausdenken; schau zu und mach mit, wenn du eingeladen wirst. Ein Karton kann alles sein, und das entdeckt dein Kind selbst. Nächste Woche ist er vielleicht ein Auto.

walking-together-on-your-feet =
    .title = Zusammen gehen, auf deinen Füßen
    .body = Stell dein Kind barfuß auf deine nackten Füße, das Gesicht zu dir, und halt beide Händchen fest. Geh langsam durchs Zimmer: große Schritte, kleine Schritte, und Stopp! „Schritt … Schritt … und … stehen!“ Dein Kind spürt dein Gleichgewicht und deinen Rhythmus und schaut hoch in dein Gesicht. Sich wie ein Körper zu bewegen gibt Halt und macht Spaß. Will es runter? Dann läuft es neben dir weiter.

beach-the-sea-from-your-arms =
    .title = Am Strand: das Meer von deinem Arm aus
    .body = Geht ihr an den Strand? Viele Kleinkinder finden Sand unter den Füßen und heranrollende Wellen erst mal seltsam. Trag dein Kind zur Wasserlinie, lass die Zehen kurz das Wasser spüren und geh wieder zurück. Will es selbst hinein? Halt eine Hand und bleib in Armlänge: am Wasser keinen Moment los. Dein Arm macht das große Meer klein genug. Kein Sand gewünscht? Ein Handtuch wird zur Insel.

lost-sight-of-you-in-the-shop =
    .title = Kurz verloren im Geschäft
    .body = Ist dein Kind im Laden um ein Regal gelaufen und hat dich plötzlich nicht mehr gesehen? Auch wenn es nur ein paar Sekunden waren: Für dein Kind war es ein echter Schreck. Geh in die Hocke, nimm es in die Arme und sag, was passiert ist: „Du hast mich nicht mehr gesehen. Das war unheimlich. Ich bin hier.“ So lernt es, dass Schreck wieder vergeht. Den Rest des Einkaufs: Hand in Hand.

water-tub-on-the-balcony =
    .title = Eine Wanne Wasser auf dem Balkon oder im Garten
    .body = Warm genug? Stell eine Wanne mit etwas lauwarmem Wasser nach draußen, dazu Becher, ein Sieb und einen Löffel. Setz dich daneben und lass dein Kind gießen, planschen und umfüllen. Wasser beschäftigt Kinder lange, mit dir in der Nähe. Bleib die ganze Zeit direkt daneben, denn ein kleines Kind kann auch in flachem Wasser ertrinken, und leere die Wanne, wenn ihr fertig seid.

puddles-in-wellies-together =
    .title = Regen? Gummistiefel an und rein in die Pfützen
    .body = Es regnet, und dein Kind will raus? Zieht Regenjacken und Gummistiefel an, du auch, und geht zusammen auf Pfützenjagd. Lass dein Kind stampfen und springen, und mach selbst mit: Ein großes Platschen von dir ist für ein Kleinkind so ziemlich das Schönste überhaupt. So teilst du den Spaß, statt nur aufzupassen, dass es trocken bleibt. Zu Hause warten warme Socken.

shape-sorter-as-a-hat =
    .title = Die Steckbox als Hut? Prima
    .body = Setzt dein Kind die Steckbox als Hut auf oder baut es einen Turm aus Schienen? Lass es. Du musst nicht zeigen, wie es ‚richtig‘ geht; dein Kind erforscht, was ein Ding alles kann. Sag, was du siehst: „Was für ein Hut!“ Ein Kind, das auf seine Art spielen darf, traut sich etwas zu und fühlt sich gesehen. Der Klotz durchs Loch kommt eines Tages von allein.

holiday-mark-your-own-spot =
    .title = Im Urlaub: Macht euren Platz erkennbar
    .body = Auf einem Campingplatz oder Ferienpark, wo alle Zelte oder Häuschen gleich aussehen? Hängt zusammen etwas Auffälliges an euren Platz: ein Fähnchen, ein Windrad, ein knalliges Handtuch. Frag bei jeder Rückkehr: „Wo ist unser Häuschen? Siehst du die Fahne?“, und lass dein Kind sie zeigen. So hat es an einem fremden Ort einen festen Punkt, der euch gehört. Das Fähnchen darf danach mit nach Hause.

stop-at-every-kerb =
    .title = An jeder Bordsteinkante: Stopp
    .body = Läuft dein Kind immer öfter selbst auf der Straße? Mach jede Bordsteinkante zu einem festen Moment, auch in einer ruhigen Straße: anhalten, Hand in Hand, links und rechts schauen, erst dann gemeinsam gehen. Sag jedes Mal dieselben Worte: „Kante. Stopp. Schauen.“ Verkehr einschätzen kann ein Kleinkind noch lange nicht, aber die Gewohnheit wächst schon. Du hältst die Hand.

their-scribble-up-on-the-wall =
    .title = Das Gekritzel deines Kindes an der Wand
    .body = Kritzelt dein Kind gern mit einem dicken Wachsmalstift? Kleb ein großes Blatt auf den Tisch, setz dich dazu und lass es kritzeln. Danach wählt dein Kind, wo das Bild hängt, auf Kinderhöhe, und du zeigst es allen, die heimkommen: „Kommt mal gucken, was hier hängt! Selbst gemalt!“ So spürt dein Kind: Was ich mache, zählt. Landet der Stift vor allem im Mund? Versuch es in ein paar Wochen wieder.

not-careful-but-what-helps =
    .title = Nicht „Pass auf!“, sondern sag, was hilft
    .body = Klettert dein Kind aufs Klettergerüst, aufs Sofa oder auf eine Mauer, und rufst du ständig „Pass auf!“? Sag heute, was hilft: „Stell den Fuß auf die Stufe. Halt dich mit beiden Händen fest.“ Steh nah dabei, ohne festzuhalten. „Pass auf“ macht ein Kind vor allem unsicher; klare Worte geben Halt und Zutrauen. Rutscht dir doch ein „Pass auf!“ heraus? Egal, der nächste Satz hilft.

you-are-the-climbing-frame =
    .title = Du bist das Klettergerüst
    .body = Leg dich heute auf den Boden und werde ein Berg: Lass dein Kind über dich klettern, auf deinem Bauch sitzen, von deinen Knien rutschen. Halt die Hände bereit und sag, was du spürst: „Uff, bist du schwer!“ Auf dir klettern bringt Berührung und Lachen zugleich, und dein Kind testet seine Kraft an jemandem, dem es vertraut. Zieht es an deinen Haaren? Sag „Aua, sanft“ und spiel weiter.

climb-as-high-as-they-get-alone =
    .title = So hoch, wie dein Kind allein kommt
    .body = Will dein Kind auf ein Klettergerüst, das eigentlich noch zu hoch ist? Heb es lieber nicht hinauf. Lass es so weit klettern, wie es allein kommt, und steh darunter, die Hände nah. Wer selbst hochgeklettert ist, kennt meist auch den Weg zurück; ein Kind, das du hinaufsetzt, steht plötzlich dort ohne diese Erfahrung. Nächste Woche schafft es vielleicht eine Stufe mehr, ganz allein.

open-field-you-walk-behind =
    .title = Auf einer großen Wiese: Du gehst hinterher
    .body = Auf einer großen Wiese oder in den Dünen, weit weg vom Verkehr? Lass dein Kind vorausgehen und geh ein paar Meter dahinter. Nicht rufen oder lenken, nur folgen. Dein Kind wählt die Richtung, schaut sich ab und zu um und sieht dich jedes Mal. So erfährt es: Ich darf entdecken, und jemand passt auf mich auf. Doch Wasser, ein Radweg oder ein Hund in Sicht? Dann geh daneben und nimm eine Hand.

im-coming-to-get-you-chase =
    .title = „Ich krieg dich!“
    .body = Rennt dein Kind kichernd von dir weg und schaut zurück, ob du kommst? Spiel mit, zu Hause oder auf einer sicheren Wiese: „Ich krieg dich!“, mit großen, langsamen Schritten. Fang es, drück es und lass es wieder los. Weglaufen und gefangen werden ist ein Spiel über Weggehen und Wiederkommen, mit dir als glücklichem Ende. An der Straße ist es kein Spiel; dort hältst du die Hand.

treasure-bag-for-the-walk =
    .title = Ein Schatzbeutel für unterwegs
    .body = Sammelt dein Kind unterwegs jeden Stein, jedes Blatt und jeden Stock auf? Gib ihm heute einen eigenen Beutel oder ein Eimerchen für die Schätze mit. Zu Hause legt ihr sie zusammen auf den Tisch: „Den Stein hast du an der Brücke gefunden.“ So sagst du: Was dir wichtig ist, ist meine Aufmerksamkeit wert. Kleines landet schnell im Mund, also schau hin und behalte den Beutel bei dir.

toddler-wants-to-stroke-every-dog =
    .title = Will dein Kind jeden Hund streicheln?
    .body = Rennt dein Kind auf jeden Hund zu? Nimm seine Hand und bleib ein paar Schritte davor stehen. Frag zuerst: „Darf mein Kind ihn streicheln?“ Wenn ja, lass den Hund erst am Handrücken schnuppern und streichelt dann zusammen den Rücken, nicht den Kopf. Wenn nein, wink einfach: „Tschüss, Hund!“ So darf dein Kind neugierig sein, und du sagst, wann es sicher ist.

balancing-on-a-log-one-finger =
    .title = Balancieren auf einem Baumstamm: biete einen Finger
    .body = Will dein Kind im Wald über einen umgefallenen Baum balancieren oder über eine niedrige Mauer? Nimm nicht gleich seine Hand, sondern halt einen Finger hin und lass es wählen, ob es ihn greift. Geh mit, den Finger immer nah. So findet dein Kind selbst heraus, wie viel Halt es braucht, und du bist da, wenn es wackelt. Mittendrin loslassen und schnell wieder greifen? Beides gut.

you-build-they-knock-down =
    .title = Du baust, dein Kind wirft um
    .body = Wirft dein Kind jeden Turm um, den du baust? Mach heute ein Spiel daraus: bauen, auf das „Bumm“ warten und staunen: „Hey! Alles umgefallen!“ Dann bau neu, so oft es will. Dein Kind bestimmt das Spiel, und du setzt dich immer wieder für eine Runde hin. Das fühlt sich an wie: Du spielst mein Spiel mit. Setzt es danach selbst einen Klotz obendrauf? Dann baut ihr zusammen.

ride-on-you-walk-alongside =
    .title = Auf dem Rutschauto: Du gehst nebenher
    .body = Fährt dein Kind Rutschauto oder Laufrad? Lass es selbst mit den Füßen abstoßen und lenken, auch wenn es langsam geht oder ständig gegen die Hecke fährt. Geh nebenher, ohne zu schieben oder zu ziehen. Wähl den Park oder einen ruhigen Gehweg ohne Einfahrten: Ein Kleinkind kann vor einem Auto noch nicht bremsen. Selbst vorankommen, mit dir daneben, fühlt sich groß an: Ich kann das, und du bist da.

busy-playground-quiet-corner =
    .title = Spielplatz zu voll? Sucht eine ruhige Ecke
    .body = Ist der Spielplatz brechend voll, mit großen Kindern, die rennen und kreischen, und erstarrt dein Kind? Geht zusammen an einen ruhigeren Ort: den Sandkasten am Rand, eine Bank mit Blick. Von dort kann dein Kind zuschauen, ohne mitten im Trubel zu stehen. Zu viel auf einmal ist für ein Kleinkind anstrengend. Oder kommt zu einer ruhigeren Zeit wieder, etwa früh am Morgen.

one-hand-on-the-buggy =
    .title = Hände voll? Eine kleine Hand am Buggy
    .body = Hast du die Hände voll mit Einkäufen oder dem Buggy, während dein Kind neben dir läuft? Mach eine feste Stelle am Buggy für seine Hand, mit einem Band daran: „Deine Hand hier, meine Hand da.“ Übt es zuerst auf einem ruhigen Stück. So bleibt ihr verbunden, und dein Kind läuft doch selbst. An einer belebten Kreuzung nimmst du es trotzdem an die Hand.

a-scare-at-the-road-calm-down-after =
    .title = Schreck an der Straße: erst zusammen hinsetzen
    .body = Ist dein Kind plötzlich zur Straße gerannt, und hast du es mit einem Schrei zurückgerissen? Schnell und laut war richtig. Jetzt zittert ihr beide. Setzt euch auf eine Bank oder Mauer auf der sicheren Seite, dein Kind an dich gedrückt. Atme ein paarmal lang aus: Dein Kind spürt deinen Körper ruhiger werden und kommt mit zur Ruhe. Erklären kann warten. Erzähl es abends jemandem; das hilft auch dir.

a-plaster-for-every-bump =
    .title = Ein Pflaster für jede Beule
    .body = Will dein Kind für jedes Stößchen ein Pflaster, auch wenn du nichts siehst? Nimm den Wunsch ernst: Schaut zusammen hin, puste und gib einen Kuss oder ein Pflaster. „Hier hat es wehgetan, oder?“ Für ein Kleinkind geht es weniger um das Pflaster als um jemanden, der sieht, dass es wehtut. Keine Pflaster mehr oder schon das vierte heute? Ein Kuss und ein gemaltes Herz tun es auch.

tea-at-your-toddlers =
    .title = Zum Tee bei deinem Kind
    .body = Reicht dir dein Kind eine leere Tasse oder einen Teller mit ‚Essen‘? Nimm es an und spiel den Gast: pusten, weil es heiß ist, schlürfen, „Mmm, lecker! Krieg ich noch was?“ Dein Kind bestimmt, was eingeschenkt wird. In diesem Als-ob-Spiel übt es, für andere zu sorgen, und genießt, dass du mitmachst. Zehnmal eingeschenkt? Zehnmal „Danke“ ist genau richtig.

teddy-comes-to-new-places =
    .title = Der Teddy kommt mit und darf sich auch eingewöhnen
    .body = Geht ihr irgendwo neu hin, zu einem Fest oder zum Zahnarzt? Lass dein Kind sein Lieblingskuscheltier mitnehmen und bezieh es ein: „Der Bär schaut sich auch um. Ist es aufregend für ihn?“ Über das Kuscheltier kann dein Kind zeigen, wie es sich fühlt, ohne dass es um es selbst gehen muss. Und etwas Vertrautes im Arm macht einen neuen Ort kleiner. Beim Gehen: „Bär, winkst du?“

only-your-lap-today =
    .title = Heute nur auf dem Schoß? Auch gut
    .body = Rennt dein Kind sonst sofort zur Rutsche, bleibt aber heute auf deinem Schoß? Vielleicht ist es müde, wird krank, oder zu Hause hat sich etwas verändert. Dräng nicht: Ein Kind geht erst auf Entdeckung, wenn es sich sicher genug fühlt, und heute heißt das, nah bei dir zu sein. Schaut zusammen den anderen zu und lass es auftanken. Die Rutsche ist morgen auch noch da.

a-bit-of-boredom-is-fine =
    .title = Gerade nichts zu tun? Das darf sein
    .body = Streift dein Kind herum, ohne Spiel und ohne Plan? Du musst dir nicht sofort etwas ausdenken. Bleib in der Nähe, mach ruhig deins und sag: „Ich bin hier. Was machst du?“ Ein bisschen Langeweile lässt Raum, selbst etwas zu erfinden, und das können Kleinkinder oft besser, als man denkt: ein Topf, ein Karton, Regentropfen am Fenster. Wirklich müde oder traurig? Dann lieber Schoß.

scared-of-the-frame-after-a-fall =
    .title = Nach einem Sturz: Angst vor dem Klettergerüst
    .body = Ist dein Kind vom Klettergerüst gefallen und will nun nicht mehr in die Nähe? Sag nicht, es sei nichts gewesen, und dräng auch nicht: „Du bist da runtergefallen. Jetzt ist es dir unheimlich.“ Geht beim nächsten Mal zusammen hin und schaut nur, ohne zu klettern. Vielleicht will es nur auf die unterste Stufe, mit deiner Hand dabei. Gesehene Angst vergeht oft schneller. Das Tempo bestimmt dein Kind.

pebbles-in-the-water-hand-on-coat =
    .title = Steinchen ins Wasser, deine Hand an der Jacke
    .body = Will dein Kind Steinchen in den Graben, den Teich oder die Gracht werfen? Schön: Platsch, und Kreise auf dem Wasser! Stell dich direkt neben dein Kind ans Ufer und halt eine Hand an Jacke oder Kapuze. Ein Kleinkind kann noch nicht einschätzen, wie nah zu nah ist, und ausrutschen geht in einer Sekunde. Sag es kurz: „Am Wasser halte ich dich fest.“ So könnt ihr beide es genießen.

mud-allowed-old-clothes =
    .title = Matsch ist erlaubt: alte Kleider an
    .body = Will dein Kind im Matsch oder in nasser Erde graben? Zieh ihm heute alte Sachen an, die schmutzig werden dürfen, und lass es kneten, schaufeln und schmieren. Mach kurz mit: Hände in den Matsch, „Brr, kalt und klebrig!“ Dein entspanntes Gesicht sagt: Entdecken ist erlaubt, auch wenn es eine Sauerei wird. Hände aus dem Mund, danach zusammen waschen. Den Rest macht die Waschmaschine.

road-of-tape-for-little-cars =
    .title = Eine Straße aus Klebeband auf dem Boden
    .body = Spielt dein Kind gern mit kleinen Autos? Klebe heute mit Malerkrepp eine Straße auf den Boden, mit einer Kurve und einem Parkplatz, und leg dich selbst daneben. Lass dein Kind fahren, wo es will, auch quer durch die Kurve, und fahr ab und zu mit einem eigenen Auto hinterher: „Tüt tüt!“ Auf dem Boden liegen, auf Augenhöhe mit deinem Kind, sagt: Ich bin wirklich bei dir.

dressing-up-in-your-shoes =
    .title = In deinen Schuhen durchs Zimmer
    .body = Schlurft dein Kind in deinen Schuhen herum, mit deinem Schal oder deiner Mütze? Spiel erstaunt mit: „Wer kommt denn da? Ach, du bist es!“ Stell einen Korb mit alten Kleidern, Taschen und Hüten hin, damit Verkleiden öfter möglich ist. Dein Kind probiert aus, wie es ist, jemand anderes zu sein, am liebsten jemand, den es bewundert: dich. Hohe Absätze und lange Schals nur mit dir dabei.

playing-doctors-after-a-visit =
    .title = Arzt spielen nach dem Arztbesuch
    .body = War dein Kind beim Hausarzt, im Consultatiebureau (Kinderberatungsstelle) oder im Krankenhaus? Spiel es zu Hause mit einem Kuscheltier nach: Herz abhören, Pflaster kleben, „Kleiner Pieks, aua!“ Dein Kind ist Ärztin oder Arzt; du bringst den Bären und machst dir Sorgen. Im Spiel bestimmt dein Kind über das, was aufregend war, und verarbeitet es so. Lieber Patient? Dann untersuchst du ganz sanft.

toddler-plays-at-being-you =
    .title = Dein Kind spielt dich
    .body = Geht dein Kind mit einer Tasche „zur Arbeit“, kocht es in einem Töpfchen oder telefoniert mit einem Bauklotz? Dein Kind spielt dich. Spiel heute mit vertauschten Rollen mit: Du bist das Kind. „Ich hab Hunger! Darf ich auf deinen Schoß?“ Lass dein Kind für dich sorgen, trösten oder streng sein, genau wie du. So übt es, groß zu sein. Und du hörst, welche deiner Sätze hängen geblieben sind.

playing-without-a-quiz =
    .title = Spielen ohne Abfragen
    .body = Fragst du beim Spielen oft „Welche Farbe ist das?“ oder „Was sagt die Kuh?“ Lass diese Fragen heute weg und sag nur, was du siehst: „Du setzt den roten auf den blauen!“ Abfragen macht aus Spielen eine Prüfung, mit richtig und falsch. Beschreiben sagt: Ich sehe dich. Dein Kind bekommt trotzdem Wörter und mehr Ruhe zum Spielen. Fragt es selbst „Was ist das?“ Dann antworte einfach.

teddy-goes-away-and-comes-back =
    .title = Der Teddy geht weg … und kommt wieder
    .body = Spiel heute mit einem Kuscheltier einen Abschied nach, mit deinen eigenen Worten beim Gehen: „Tschüss! Ich komme nach dem Essen wieder.“ Lass den Teddy winken und spazier mit ihm hinters Sofa. Kurz darauf kommt er fröhlich zurück: „Da bin ich wieder!“ So wird der tägliche Abschied eine bekannte Geschichte mit gutem Ende. Greift es selbst nach dem Teddy? Dann bringt es ihn weg, und du winkst.

on-your-backs-in-the-grass =
    .title = Zusammen auf dem Rücken im Gras
    .body = Trocken und mild? Legt euch im Park oder im Garten zusammen auf den Rücken ins Gras und schaut nach oben: Wolken, ein Flugzeug, Blätter, die sich bewegen. Sag wenig, zeig ab und zu: „Da, ein Vogel.“ So ein ruhiger Moment füllt dein Kind genauso wie ein Ausflug. Nach einer Minute wieder auf den Beinen? Dann war die Minute genug. Bleib selbst noch kurz liegen, wenn es geht.

no-need-for-a-packed-week =
    .title = Kein voller Terminkalender nötig
    .body = Ist deine Woche voll mit Kleinkindschwimmen, Musikkurs, Spielverabredungen und Ausflügen, weil dein Kind doch etwas erleben soll? Muss nicht sein. Für ein Kleinkind steckt ein gewöhnlicher Tag schon voller Neuem: die Wäsche, das Müllauto, der Nachbar mit dem Hund, und du dabei. Zu viel Programm macht viele Kinder eher unruhig. Streich diese Woche einen Termin und schau, wie der freie Morgen wird.

absorbed-in-play-leave-them-be =
    .title = Ganz vertieft? Lass dein Kind machen
    .body = Ist dein Kind ganz in sein Spiel vertieft, sortiert es Steine oder gießt Wasser um? Unterbrich es nicht mit Fragen, Lob oder einer besseren Idee. Bleib in der Nähe und schau zu. So konzentriertes Spielen ist harte Arbeit, und deine ruhige Gegenwart macht es möglich. Sucht dein Kind deinen Blick? Nick oder lächle und lass es weitermachen. Das Essen kann oft fünf Minuten warten.

a-den-of-their-own =
    .title = Eine eigene Höhle unter dem Tisch
    .body = Krabbelt dein Kind gern unter den Tisch oder hinters Sofa? Mach daraus eine eigene Höhle: ein Laken über den Tisch, ein Kissen und ein Kuscheltier hinein. Das ist der Ort deines Kindes: Klopf an, bevor du hineinkommst, und geh, wenn es „Nein“ sagt. Eine eigene Ecke, in der es bestimmt, gibt einem Kleinkind Ruhe und das Gefühl, gehört zu werden. Eingeladen? Krabbel mit hinein.

dolly-goes-to-bed-their-way =
    .title = Die Puppe geht ins Bett, so wie dein Kind es will
    .body = Bringt dein Kind eine Puppe oder einen Teddy ins Bett, mit Decke und „Schlaf gut“? Spiel mit, aber folge seiner Version: Lass dein Kind bestimmen, was die Puppe braucht. Hör genau hin, was es sagt und tut. So erfährst du oft, was ihm beim Schlafengehen selbst wichtig ist, etwa ein Nachtlicht oder das eine Kuscheltier. Vielleicht übernimmst du morgen Abend etwas aus dem Spiel.

baby-bird-in-the-nest =
    .title = Ein Vögelchen im Nest
    .body = Bau heute aus Kissen und einer Decke ein Nest auf dem Boden. Dein Kind ist das Vögelchen, du der große Vogel, der mit einem ausgedachten Wurm hin und her fliegt: „Piep piep, wer hat Hunger?“ Dann breite die Arme wie Flügel aus und deck das Vögelchen zu. Kurz klein sein und umsorgt werden ist für einen eifrigen Entdecker schönes Auftanken. Will dein Kind der große Vogel sein? Dann sitzt du im Nest.

same-toys-different-room =
    .title = Gleiches Spielzeug, anderer Ort
    .body = Ist dein Kind quengelig, und sagt ihm das Spielzeug nichts mehr? Zieh mit dem Spiel um: die Bauklötze in den Flur, die Autos auf den Küchenboden, eine Schüssel mit Löffeln und Bechern auf den Balkon. An einem anderen Ort wirkt Bekanntes wieder neu, und du musst nichts kaufen. Du kommst einfach mit deinem Kaffee mit. Klappt nicht? Vielleicht ist dein Kind müde, und dein Schoß ist das Beste.

sock-puppet-that-asks =
    .title = Eine Sockenpuppe, die Fragen stellt
    .body = Zieh eine alte Socke über die Hand, mal zwei Augen darauf und lass die Puppe mit lustiger Stimme sprechen: „Hallo! Was machst du da?“ Viele Kleinkinder reagieren auf eine Puppe ganz anders als auf dich: Sie geben ihr einen Kuss, einen Happen oder einen bösen Blick. Lass die Puppe vor allem zuhören und staunen. Will dein Kind selbst die Puppe? Dann redest du mit der Socke.

scared-of-the-lion =
    .title = Du hast Angst vor dem Löwen
    .body = Spielt heute, dass dein Kind ein Löwe oder ein Dinosaurier ist. Brüllt es? Dann erschrick übertrieben und versteck dich hinter einem Kissen: „Hilfe, ein Löwe!“ Den ganzen Tag ist ein Kleinkind klein zwischen großen Menschen; in diesem Spiel darf es einmal groß und stark sein. Schaut dein Kind plötzlich unsicher? Komm lachend hervor: „Ich bin’s nur, und du bist mein Löwe.“

bye-slide-see-you-tomorrow =
    .title = Tschüss sagen zur Rutsche
    .body = Ist das Gehen vom Spielplatz jedes Mal ein Kampf? Macht daraus eine feste Abschiedsrunde: „Tschüss Rutsche, tschüss Schaukel, tschüss Enten. Bis morgen!“ Lass dein Kind winken oder kurz die Rutsche antippen. Ein festes Ritual macht aus einem plötzlichen Stopp einen Abschluss mit Versprechen: Morgen ist alles noch da. Protest darf sein; du sagst noch einmal „bis morgen“, und ihr geht.

people-watching-from-a-bench =
    .title = Zusammen Leute gucken, von einer Bank aus
    .body = Sitzt du mit deinem Kind auf einer Bank, auf dem Platz oder am Bahnhof? Schaut, wer vorbeikommt, und überleg laut, was in den anderen vorgeht: „Der Mann rennt. Will er den Bus kriegen?“ „Der Hund zieht an der Leine. Er will bestimmt heim.“ So hört dein Kind, dass jeder etwas will und fühlt, auch Fremde. Zeigt es selbst auf jemanden? Denkt euch zusammen eine kleine Geschichte dazu aus.

out-with-a-torch =
    .title = Mit der Taschenlampe nach draußen
    .body = Wird es früh dunkel? Zieht Jacken an und geht nach dem Essen kurz zusammen raus, mit einer Taschenlampe, die dein Kind selbst hält. Leuchtet auf einen Baum, ein Fahrrad, den Briefkasten. Die Dunkelheit ist spannend und ein bisschen unheimlich; mit deiner Hand dabei wird es ein Abenteuer. Kurz reicht. Noch lange hell? Zieh zu Hause die Vorhänge zu und sucht die Kuscheltiere mit der Lampe.

the-same-horse-every-week =
    .title = Jede Woche zum selben Pferd
    .body = Gibt es in deiner Nähe eine Weide mit einem Pferd, Ziegen oder Enten? Macht daraus einen festen Spaziergang, etwa am Samstagmorgen. Unterwegs erzählst du schon: „Wir gehen zum Pferd. Ob es wohl da ist?“ Ein Ausflug, der immer wiederkommt, gibt deinem Kind Vorfreude und etwas, auf das Verlass ist. Ist das Pferd mal nicht da? „Es ist woanders. Nächste Woche wieder.“

bus-or-train-by-the-window =
    .title = Im Bus oder Zug: zusammen am Fenster
    .body = Fährst du mit deinem Kind Bus oder Zug? Nimm es auf den Schoß oder setz es neben dich ans Fenster und schaut zusammen hinaus: „Schau, eine Brücke. Jetzt halten wir.“ Geräusche, Türen und fremde Menschen sind viel auf einmal; dein Arm um dein Kind und deine Stimme sind der feste Punkt in einer fahrenden Welt. Bald aussteigen? Sag es eine Haltestelle vorher.

day-out-leave-on-a-high =
    .title = Ein Ausflug: geht, solange es schön ist
    .body = Geht ihr in den Zoo, einen Freizeitpark oder auf ein Fest? Für ein Kleinkind ist so ein Tag ein Sturm aus Lärm, Menschen und Eindrücken. Achte auf die ersten Zeichen, dass es reicht: Augenreiben, Hängen, Quengeln oder plötzlich sehr wild werden. Geht dann nach Hause oder an einen ruhigen Platz, auch wenn ihr nicht alles gesehen habt. Kurz und gut ist besser als lang mit Tränen.

merry-go-round-wave-each-time =
    .title = Im Karussell: Winken bei jeder Runde
    .body = Will dein Kind Karussell fahren, traut sich aber noch nicht allein? Fahr beim ersten Mal mit. Will es danach allein, stell dich an eine feste Stelle am Rand, wo es dich jede Runde sieht, und wink jedes Mal: „Da bist du wieder!“ Weg und wieder zurück, und du stehst jedes Mal da: eine kleine Übung im Loslassen. Schaut dein Kind ängstlich? Frag, ob das Karussell anhalten kann.

hiding-in-the-shop-is-no-game =
    .title = Verstecken im Laden ist kein Spiel
    .body = Versteckt sich dein Kind gern zwischen den Kleiderständern oder rennt es kichernd davon? Zu Hause ist Verstecken wunderbar, draußen nicht. Sprich es vorher kurz ab: „Im Laden bleibst du bei mir. Verstecken spielen wir zu Hause.“ Und halte Wort: Spielt am Nachmittag zu Hause wirklich Verstecken. So muss dein Kind das Spiel nicht aufgeben; es bekommt nur seinen eigenen Ort.

do-you-know-the-way =
    .title = „Weißt du den Weg?“
    .body = Geht ihr oft denselben Weg, zum Spielplatz oder zum Bäcker? Frag unterwegs: „Weißt du den Weg? Zeig mal!“ Folge deinem Kind an den Abzweigungen, auch wenn es falsch abbiegt, und geh selbst auf der Straßenseite. Dir den Weg zu zeigen gibt ein großes Gefühl: Ich kenne meine Welt, und du gehst mit mir. Verlaufen? Dann sucht ihr zusammen den Weg zurück.

rolling-down-a-grassy-slope =
    .title = Zusammen einen Grashügel hinunterrollen
    .body = Gibt es im Park einen sanften Grashang oder eine Düne, ohne Büsche oder Wasser unten? Legt euch oben hin und rollt zusammen hinunter, dein Kind dicht neben dir. Unten: Gras in den Haaren, Lachen und eine Umarmung. So eine wilde Bewegung mit dir dabei ist spannend und sicher zugleich. Schwindlig oder traurig? Bleibt sitzen, bis die Welt wieder stillsteht.

carrying-everything-here-to-there =
    .title = Alles von hier nach dort schleppen
    .body = Schleppt dein Kind den ganzen Tag Sachen von einem Zimmer ins andere, stopft alles in Taschen und holt es wieder heraus? Es wirkt sinnlos, ist aber ernsthaftes Spielen: füllen, tragen, leeren. Gib ihm eine eigene Tasche oder einen Korb und lass es machen. Frag: „Was bringst du mir?“, und nimm die Lieferung an. Schlüssel weg? Schau zuerst im Körbchen nach.

painting-the-fence-with-water =
    .title = Den Zaun mit Wasser anmalen
    .body = Gib deinem Kind draußen einen Eimer Wasser und einen großen Pinsel und lass es den Zaun oder den Gehweg ‚streichen‘. Das Wasser macht dunkle Flecken, die langsam verschwinden, also geht es immer weiter. Nimm selbst einen Pinsel und frag: „Wo soll ich streichen?“ Dein Kind ist der Chef der Arbeit, und das fühlt sich groß an. Bleib dabei und kipp den Eimer danach aus.

your-toddler-directs-the-story =
    .title = Dein Kind führt Regie
    .body = Spielt dein Kind mit Figuren, Tieren oder Autos eine kleine Geschichte? Frag heute bei jedem Schritt: „Und was macht die Kuh jetzt?“, und tu, was dein Kind sagt, auch wenn es keinen Sinn ergibt. Die Kuh fliegt? Dann fliegt die Kuh. So merkt dein Kind, dass seine Ideen zählen und du in seiner Welt mitspielst. Noch wenige Wörter? Zeigen und Schieben sind auch Regie.

pretend-to-sleep-be-woken =
    .title = Tu so, als ob du schläfst, und lass dich wecken
    .body = Leg dich aufs Sofa oder auf den Boden, mach die Augen zu und schnarche laut. Weckt dein Kind dich, mit einem Stups, einem Kuss oder „Aufwachen!“? Schreck hoch und ruf froh: „Da bist du ja!“ Und noch mal. Kurz weg und doch ganz nah, und dein Kind bestimmt, wann du zurückkommst: Viele Kleinkinder könnten das endlos spielen. Und du darfst mal liegen. Tauschen geht auch.

jump-and-i-will-catch-you =
    .title = „Spring, ich fang dich!“
    .body = Will dein Kind von einer niedrigen Mauer oder vom Rand des Sandkastens springen? Stell dich davor, die Arme offen, und zählt zusammen: „Eins, zwei … drei!“ Fang es auf und stell es wieder ab. Noch mal? Jeder Sprung in deine Arme sagt: Wenn ich mich was traue, bist du da. Wähl eine niedrige Stelle mit weichem Boden. Springt es lieber allein, mit beiden Füßen? Dann halt nur eine Hand und jubel.


another-child-cries-yours-too =
    .title = Ein anderes Kind weint, und deins weint mit?
    .body = Fängt dein Kind an zu weinen, sobald ein anderes Kind weint, auf dem Spielplatz oder bei Freunden? Kleine Kinder spüren fremden Kummer manchmal, als wäre es ihr eigener. Hol dein Kind zu dir und sag ruhig: „Der Junge ist traurig. Sein Papa tröstet ihn. Du bist hier bei mir.“ So merkt dein Kind, dass der Kummer anderer nicht gefährlich ist. Diese Feinfühligkeit ist ein früher Anfang von Mitgefühl.

bath-over-a-warm-towel-waiting =
    .title = Nicht raus aus der Wanne? Ein Handtuch wartet
    .body = Protestiert dein Kind, sobald das Baden vorbei ist? Gib ihm etwas, worauf es zugehen kann: Halte ein warmes Handtuch weit auf, sag „Ab ins Handtuchnest!“ und wickle dein Kind fest ein, mit einer Umarmung. Aufhören fällt leichter, wenn danach etwas Schönes wartet. Wärm das Handtuch vorher auf der Heizung an. Und solange dein Kind im Wasser sitzt, bleibst du direkt dabei.

count-your-noes-change-the-room =
    .title = Zähl deine Neins und ändere den Raum
    .body = Hörst du dich den ganzen Tag „Nein“ sagen, zum Blumentopf, zu den Kabeln, zur untersten Schublade? Zähl einen Vormittag lang, wie oft und wofür. Für jedes Nein, das immer wiederkommt: Ändere den Raum statt deines Kindes. Stell es höher oder hinter eine Tür. Dein Kleinkind kann mehr entdecken, und die übrigen Neins bekommen mehr Gewicht. Ruhiger ist es auch, für euch beide.

scared-of-the-hand-dryer =
    .title = Angst vor dem Händetrockner oder der Spülung?
    .body = Erschrickt dein Kind auf einer öffentlichen Toilette vor dem dröhnenden Händetrockner oder der lauten Spülung? Du musst es nicht dazu zwingen. Spül erst, wenn es schon an der Tür steht, trockne die Hände mit Papier oder haltet euch zusammen die Ohren zu: „Jetzt kommt der Lärm … und vorbei!“ So bekommt dein Kind Kontrolle über etwas Unheimliches. Später will es oft selbst auf den Knopf drücken.

screaming-in-the-car-while-you-drive =
    .title = Brüllt dein Kind im Auto, während du fährst?
    .body = Brüllt oder windet sich dein Kind im Kindersitz, während du fährst? Behalte die Straße im Blick und sprich ruhig: „Ich hör dich. Du bist wütend. Gleich halte ich an.“ Sing ein vertrautes Lied. Halte an, sobald es sicher geht, auf einem Parkplatz, und tröste dann richtig. Schnall es unterwegs nie ab und greif nicht nach hinten. Kurz weinen im sicheren Sitz, mit deiner Stimme dabei, schadet nicht.

the-look-before-the-forbidden-thing =
    .title = Der Blick kurz vor dem verbotenen Ding
    .body = Steuert dein Kind auf die Pflanze zu, die tabu ist, und schaut dich vorher grinsend an? Das ist keine Frechheit, sondern eine Frage: Gilt das noch? Antworte auf den Blick, bevor die Händchen in der Erde sind: „Ich seh dich gucken. Die Erde bleibt im Topf.“ Sag es freundlich und genau wie gestern. Eine Grenze, die immer gleich klingt, gibt Halt. Und das Grinsen darfst du ruhig lustig finden.

say-what-they-can-do =
    .title = Sag, was erlaubt ist
    .body = Wirft dein Kind heute mit Bauklötzen oder trommelt mit dem Löffel ans Fenster? Sag einmal nicht, was verboten ist, sondern was geht: „Die Klötze bleiben auf dem Boden. Werfen darfst du den weichen Ball.“ Oder: „Getrommelt wird auf dem Topf.“ Bei „nicht werfen“ hört ein Kleinkind vor allem „werfen“. Ein Satz, der zeigt, was erlaubt ist, gibt dem Drang ein Ziel. Zeig beim Sprechen darauf, das hilft.

just-a-moment-then-really-come =
    .title = „Einen Moment“, und dann wirklich kommen
    .body = Zieht dein Kind an deiner Hose, während du einen Satz beendest oder die Waschmaschine ausräumst? Übe kurze Wartezeiten, die du einhältst: „Noch zwei Socken, dann komme ich.“ Und komm dann wirklich, sofort. Kleine Kinder können kaum warten; sie lernen es nur, wenn „einen Moment“ immer wieder wirklich kurz ist. Fang mit ein paar Sekunden an. Trotzdem Tränen? Kein Scheitern, dein Kind lernt noch.

let-the-game-wait =
    .title = Lass das Spiel warten
    .body = Muss dein Kind aufhören zu spielen, weil das Essen fertig ist, und gibt es Protest? Lass das Spiel nicht verschwinden, sondern warten: Der Zug bleibt auf den Schienen stehen, der Teddy bekommt einen Platz auf dem Stuhl neben deinem Kind. „Der Zug wartet hier. Nach dem Essen fährt er weiter.“ Loslassen fällt leichter, wenn das Spiel danach noch da ist. Und vielleicht isst der Teddy ja mit.

dog-owner-says-come-and-stroke =
    .title = „Der tut nichts, komm streicheln!“
    .body = Kommt auf der Straße ein Hund auf euch zu, und die Besitzerin lädt dein Kind fröhlich zum Streicheln ein, während es sich an dich klammert? Ihr bestimmt das Tempo, nicht die Hundebesitzerin. Nimm dein Kind hoch oder stell dich davor: „Wir schauen erst mal von hier.“ Sag, was ihr seht: „Er wedelt. Er schnuppert am Baum.“ Dein Kind spürt, dass du es schützt. Streicheln kommt später, wenn es will.

hand-or-carry-in-the-car-park =
    .title = Auf dem Parkplatz: Hand oder Arm
    .body = Rennt dein Kind neuerdings überall davon, auch auf dem Parkplatz oder am Bordstein? Mach daraus eine feste Regel, die du jedes Mal gleich sagst: „Bei Autos: Hand oder Arm. Du suchst aus.“ Keine Hand? Dann trägst du dein Kind, ohne Diskussion und ohne Ärger. Eine kurze Regel, die sich nie ändert, versteht ein Kleinkind besser als Erklärungen über Gefahr. Auf der Wiese darf es danach wieder rennen.

play-with-no =
    .title = Spiel mit dem „Nein!“
    .body = Hat dein Kind das Wort „Nein!“ entdeckt und sagt es jetzt zu allem? Es übt damit einen eigenen Willen, und du kannst damit spielen. Zeig auf dein Knie: „Ist das deine Nase?“ „Nein!“ Zeig auf deinen Ellbogen: „Ist das deine Nase?“ „Nein!“ Staune immer mehr. So darf dein Kind mit viel Spaß Nein sagen und merkt, dass ein Nein bei dir sicher ist. Das macht die Neins, die nicht gehen, oft leichter.

after-their-no-wait-a-moment =
    .title = Nach einem „Nein“ kurz abwarten
    .body = Bietest du deinem Kind ein Buch oder deine Hand an, und sofort kommt „Nein!“? Sag „Okay“ und lass das Buch einfach liegen. Ein Kleinkind-Nein ist oft zuerst ein Reflex: Ich will selbst entscheiden. Mit einer halben Minute Raum greifen viele Kinder doch noch zu, jetzt aber aus eigener Wahl. Dräng nicht, und kommentiere es nicht, wenn es passiert. So bleibt das Nein deines Kindes etwas, das zählt.

stranger-asks-your-child-something =
    .title = Wenn Fremde dein Kind etwas fragen
    .body = Fragt die Kassiererin oder eine Nachbarin nach dem Namen deines Kindes, und es versteckt sich hinter deinem Bein? Antworte einfach selbst, ganz locker: „Das ist Sam. Sie schaut dich erst mal in Ruhe an.“ So muss dein Kind nichts leisten und hört, dass Schauen erlaubt ist. Sag lieber nicht „Sei nicht so schüchtern“; das macht den Moment nur größer. Zu Hause könnt ihr später Kaufladen spielen.

you-pressed-the-button-first =
    .title = Du hast gedrückt, und jetzt ist das Drama groß
    .body = Hast du aus Gewohnheit selbst den Aufzugknopf oder die Klingel gedrückt, und ist dein Kind untröstlich, weil es das selbst tun wollte? Für ein Kleinkind ist das ein echter Verlust. Sag: „Oh, du wolltest drücken. Ich war zu schnell.“ Geht es noch einmal? Steigt aus dem Aufzug und macht es gemeinsam neu. Wenn nicht, reicht es, das anzuerkennen. So zeigst du, dass man Dinge wiedergutmachen kann.

child-hits-you-when-cross =
    .title = Haut dein Kind dich, wenn es wütend ist?
    .body = Hört dein Kind ein Nein und haut dich dann? Halt deine Hand dazwischen und sag kurz: „Mich hauen geht nicht.“ Zeig dann, wohin die Wut darf: stampfen wie ein Elefant, so fest wie möglich gegen deine Handflächen drücken, auf ein Kissen hauen. „Stampf, so wütend bist du!“ Ein Kleinkind spürt Wut im ganzen Körper, und diese Kraft muss irgendwohin. Stampf selbst mit; oft endet es mit einem Lachen.

your-child-bites-another-child =
    .title = Dein Kind beißt ein anderes: nicht zurückbeißen
    .body = Beißt dein Kind einen Freund oder eine Cousine, während du dabei bist? Atme aus und sag kurz und ruhig: „Stopp. Beißen tut weh.“ Nimm dein Kind dann kurz zu dir, weg vom Spiel, bis ihr beide ruhiger seid. „Beiß doch zurück, dann merkt er, wie das ist“? Tu es nicht: So lernt dein Kind vor allem, dass Große wehtun dürfen. Beißen ist bei Kleinkindern häufig und sagt nichts über dich.

your-child-got-bitten =
    .title = Dein Kind wurde gebissen
    .body = Hat ein anderes Kind dein Kind gebissen? Tröste zuerst und sag, was passiert ist: „Der Junge hat dich gebissen. Das tat weh und war ein Schreck.“ Spül die Stelle mit Wasser ab und kühl sie mit einem nassen Waschlappen. Behalte deinen Ärger kurz für dich; das andere Kind ist auch noch klein. Ist die Haut verletzt, oder wird die Stelle später rot, warm oder dick? Dann ruf den Hausarzt (huisarts) an.

tantrum-at-the-checkout =
    .title = Ein Wutanfall an der Kasse
    .body = Liegt dein Kind an der Kasse schreiend auf dem Boden, weil es Süßigkeiten will? Schau auf dein Kind, nicht auf die Schlange. Geh in die Hocke, sag einen Satz, „Du willst das so sehr. Es bleibt beim Nein.“, und bleib. Bezahlen und Trösten geht nicht zugleich? Lass den Wagen kurz stehen und geh mit deinem Kind raus, bis der Sturm vorbei ist. Nächstes Mal hilft Einkaufen nach Snack und Schlaf.

tantrum-on-the-floor-make-it-safe =
    .title = Wälzt sich dein Kind am Boden? Mach es sicher
    .body = Wirft sich dein Kind im Wutanfall auf den Boden, tritt um sich, schlägt manchmal mit dem Kopf auf? Du musst den Sturm nicht stoppen; sorg nur dafür, dass er sicher vorbeizieht. Schieb den Stuhl weg, leg ein Kissen unter den Kopf, bleib nah und ruhig. Sicherheit kommt zuerst. Schlägt dein Kind oft fest mit dem Kopf, oder sorgst du dich? Sprich mit dem Consultatiebureau (Kinderberatungsstelle).

after-the-storm-comfort-not-a-lesson =
    .title = Nach dem Sturm: Trost statt Lektion
    .body = Ist der Wutanfall vorbei, und sitzt dein Kind schluchzend da, verschwitzt und erschöpft? So ein Sturm kostet einen kleinen Körper viel. Kümmere dich zuerst um den Körper: ein Schluck Wasser, ein kühler Waschlappen übers Gesicht, kurz an dich gekuschelt. Eine Lektion kommt jetzt nicht an. Dein Kind merkt: Auch nach dem größten Sturm sorgt jemand für mich. Dann macht ihr mit etwas Kleinem weiter.

front-door-give-them-a-job =
    .title = Theater an der Haustür? Gib eine Aufgabe
    .body = Stemmt sich dein Kind jeden Morgen an der Haustür dagegen, während du schon spät dran bist? Gib dem Weg nach draußen ein Ziel, das deinem Kind gehört: den Schlüssel tragen, den Brief einwerfen, der Nachbarskatze winken. „Du hast den Schlüssel. Machst du die Tür auf?“ Mit einer Aufgabe macht dein Kind mit, statt mitgeschleift zu werden. Klappt es heute nicht? Heb es ruhig hoch. Morgen wieder.

climbing-into-the-car-seat-themselves =
    .title = Selbst in den Autositz klettern
    .body = Macht sich dein Kleinkind steif, sobald du es in den Autositz heben willst? Lass es selbst einsteigen: durch die Tür auf die Rückbank und dann selbst in den Sitz klettern. „Du kletterst, ich mache klick.“ Wer selbst darf, muss weniger kämpfen. Das kostet ein paar Minuten extra; plane sie ein. Die Gurte schließt immer du, schön straff, und du fährst erst los, wenn alles sicher sitzt.

a-tantrum-is-not-a-plan =
    .title = Ein Wutanfall ist kein Plan
    .body = Denkst du mitten im Wutanfall manchmal: Mein Kind macht das, um mich zu ärgern? Ersetz den Gedanken heute durch: Es ist meinem Kind gerade zu viel. Der Teil des Gehirns, der Gefühle bremst, wächst bei Kleinkindern noch kräftig; ein Wutanfall ist ein Überlaufen, keine Strategie. So bleibst du leichter ruhig, und deine Ruhe hilft der Bremse beim Wachsen. Verständnis heißt nicht nachgeben.

pushed-away-mid-tantrum =
    .title = Stößt dein Kind dich im Wutanfall weg?
    .body = Will dein Kind im Wutanfall nicht berührt werden und schubst oder tritt dich weg? Respektiere das, aber geh nicht weg. Tritt einen Schritt zurück, setz dich auf Augenhöhe und sag: „Ich bleibe hier. Wenn du kuscheln willst, bin ich da.“ Manche Kinder wollen fest gehalten werden, andere brauchen Abstand; so findest du heraus, was deins braucht. Oft krabbelt es nach einer Weile von selbst zu dir.

told-to-ignore-tantrums =
    .title = „Die Wutanfälle einfach ignorieren“
    .body = Raten dir Verwandte oder das Internet, Wutanfälle zu ignorieren und wegzugehen? Du kannst deine Grenze halten, ohne dein Kind mit einem Gefühl allein zu lassen, das noch zu groß ist. Bleib in der Nähe, sag wenig und gib nicht nach. So lernt dein Kind: Meine Wut ändert die Regel nicht, aber ich bin damit auch nicht allein. Für alle, die fragen: „Ich gebe nicht nach. Ich bleibe nur in der Nähe.“

a-week-of-tantrum-notes =
    .title = Eine Woche Wutanfälle notieren
    .body = Scheinen die Wutanfälle aus dem Nichts zu kommen? Schreib eine Woche lang kurz auf, wann sie kommen: Uhrzeit, Ort, und was direkt davor war. Oft zeigt sich ein Muster: kurz vor dem Essen, nach einem vollen Vormittag, bei jedem Wechsel. Damit kannst du arbeiten, etwa mit einem Snack in der Tasche oder einem ruhigeren Morgen. Nicht jeder Wutanfall lässt sich verhindern, und das muss auch nicht sein.

bit-someone-at-childcare =
    .title = „Dein Kind hat heute gebissen“
    .body = Hörst du beim Abholen, dass dein Kind in der Kita ein anderes Kind gebissen hat? Bestraf zu Hause nicht nachträglich: Stunden später versteht ein Kleinkind nicht mehr, worum es geht. Frag lieber, was direkt davor war: Trubel, ein weggenommenes Spielzeug, Müdigkeit? Vereinbart, wie ihr beide reagiert, mit denselben kurzen Worten. Das hilft deinem Kind am meisten. Meist geht die Phase vorbei.

sad-about-the-lost-balloon =
    .title = Traurig über den davongeflogenen Ballon
    .body = Fliegt der Luftballon davon oder fällt das Eis auf den Boden, und ist dein Kind tief traurig? Sag, was du siehst: „Dein Ballon ist weg. Darüber bist du traurig.“ Schaut ihm gemeinsam nach. Du musst die Traurigkeit nicht sofort mit einem neuen Ballon oder Eis lösen; darf sie eine Weile da sein, vergeht sie oft von selbst. So lernt dein Kind: Bei Traurigkeit bleibt jemand bei mir.

everything-is-mine =
    .title = „Meins!“ Plötzlich gehört alles deinem Kind
    .body = Ruft dein Kind den ganzen Tag „Meins!“, beim eigenen Becher, aber auch bei deinem Handy und dem Eimer eines anderen Kindes? So entdeckt es, dass es eine eigene Person ist, mit eigenen Sachen. Sag heute ruhig, wem was gehört: „Ja, der Becher ist deiner. Das Handy ist meins. Der Eimer gehört Sem.“ Ohne Predigt übers Teilen. Wer weiß, dass seine Sachen sicher sind, verleiht später leichter etwas.

no-question-when-no-choice =
    .title = Keine Frage, wenn es nichts zu wählen gibt
    .body = Hörst du dich fragen „Ziehen wir die Jacke an?“ oder „Gehen wir ins Bett?“, obwohl die Antwort längst feststeht? Dann ist „Nein!“ eine ehrliche Antwort. Sag es heute als freundliche Feststellung: „Jetzt ist Zeit für die Jacke.“ Heb dir Fragen für Momente auf, in denen dein Kind wirklich mitreden kann. So wird klar, wann seine Stimme zählt, und das ist oft genug.

decide-before-you-say-no =
    .title = Erst entscheiden, dann Nein sagen
    .body = Sagst du manchmal Nein und nach zehn Minuten Quengeln doch Ja? Dann lernt dein Kind vor allem, dass Quengeln wirkt, und jedes nächste Nein wird ein längerer Kampf. Nimm dir heute eine Sekunde, bevor du antwortest: Ist das wirklich ein Nein? Wenn ja, bleib freundlich dabei. Würdest du ohnehin nachgeben, sag gleich Ja. Wenige Neins, die halten, geben mehr Klarheit als viele, die wackeln.

say-it-once-then-help =
    .title = Einmal sagen, dann helfen
    .body = Rufst du zum fünften Mal „Hände waschen!“, immer lauter, während dein Kind einfach weiterspielt? Ein Kleinkind, das ins Spiel vertieft ist, hört dich oft wirklich nicht. Sag es einmal, aus der Nähe und auf Augenhöhe, und hilf dann sofort: „Komm, ich helf dir beim Händewaschen.“ Ruhiges Handeln ist klarer als immer lautere Worte. Und deine Stimme bleibt dir für schönere Dinge.

playdate-put-the-favourites-away =
    .title = Besuch kommt? Lieblingssachen wegräumen
    .body = Kommt heute ein anderes Kind zum Spielen? Sucht vorher gemeinsam ein, zwei Dinge aus, die zu besonders zum Teilen sind, etwa das Lieblingskuscheltier, und räumt sie weg. Teilen können Kleinkinder kaum, und das ist normal: Erst kommt das Entdecken von „meins“. So muss dein Kind nicht den ganzen Besuch seinen Schatz bewachen. Leg aber genug Spielzeug für zwei bereit.

taking-turns-first-with-you =
    .title = Abwechseln, zuerst mit dir
    .body = Mit anderen Kindern zusammen spielen ist für ein Kleinkind noch schwer. Übt das Abwechseln deshalb zuerst zu zweit, wo es sich sicher anfühlt: Rollt einen Ball hin und her, „Ich bin dran … du bist dran!“, oder legt abwechselnd einen Klotz auf den Turm. Halte die Runden kurz, denn Warten ist anstrengend. Bei dir lernt dein Kind: Wer seine Runde abgibt, verliert sie nicht. Sie kommt wieder.

your-child-snatches-a-toy =
    .title = Dein Kind reißt ein Spielzeug an sich
    .body = Nimmt dein Kind einem anderen Kind ein Spielzeug weg? Setz dich dazu und gebt es gemeinsam zurück: „Mila hatte das Auto. Wir geben es zurück.“ Bleib danach bei deinem Kind, das jetzt enttäuscht ist: „Du wolltest das Auto so gern.“ Sucht zusammen etwas anderes, oder fragt, ob dein Kind später dran sein darf. So sorgst du für beide Kinder, und dein Kind muss sich nicht als „das Böse“ fühlen.

waiting-in-a-queue-game =
    .title = Warten in der Schlange? Spielt etwas
    .body = Steht ihr in der Schlange beim Bäcker, auf der Post oder in der Apotheke? Für ein Kleinkind dauern ein paar Minuten eine Ewigkeit. Wartet deshalb gemeinsam: „Siehst du etwas Rotes?“, oder macht ein Fingerspiel auf deiner Hand. Dein Kind muss das Warten nicht allein schaffen; mit dir daneben geht es besser. Lernt es dabei auch warten? Nach und nach, ja.

let-them-make-the-ending =
    .title = Lass dein Kind das Ende machen
    .body = Muss das Wasserspiel aufhören, am Planschbecken, an der Spüle oder an der Wasserpumpe im Park? Leg den letzten Schritt in die Hände deines Kindes: den letzten Eimer über die Pflanzen gießen, selbst den Hahn zudrehen, die Entchen in den Korb legen. „Du darfst es beenden.“ Wer das Ende selbst macht, muss weniger dagegen kämpfen. Trotzdem Protest? Das darf sein, und das Ende bleibt.

me-do-it-but-running-late =
    .title = „Selber machen!“, aber ihr seid spät dran
    .body = Will dein Kind die Schuhe selbst anziehen, ausgerechnet an dem Morgen, an dem du es eilig hast? Mach zwei Sorten Tage. An ruhigen Tagen planst du zehn Minuten extra ein, damit es probieren darf, so lange es dauert. An eiligen Tagen sagst du ehrlich: „Heute helfe ich, wir müssen schnell sein. Morgen machst du es.“ Und halte dich an dieses Morgen. So bekommt der Wille Raum, ohne täglichen Kampf.

sit-down-strike-on-the-pavement =
    .title = Sitzstreik auf dem Gehweg? Nicht am Arm ziehen
    .body = Plumpst dein Kind unterwegs hin und will keinen Schritt mehr gehen? Zieh es nicht an einer Hand oder einem Arm hoch oder mit: Bei kleinen Kindern kann so der Ellbogen herausrutschen. Geh in die Hocke: „Du willst nicht weiter, oder?“ Heb es wenn nötig mit den Händen unter den Achseln hoch. Nah an der Straße? Sofort hochheben. Benutzt dein Kind danach einen Arm nicht? Ruf den Hausarzt (huisarts) an.

swapping-in-the-sandpit =
    .title = Tauschen im Sandkasten
    .body = Will dein Kind im Sandkasten unbedingt die Schaufel eines anderen Kindes? Statt „schön teilen“ kannst du Tauschen beibringen: Gib deinem Kind etwas anderes in die Hand und sag: „Frag mal: tauschen?“ Sagt das andere Kind Nein, ist das auch eine Antwort, und du bleibst bei deinem Kind in der Enttäuschung. Tauschen versteht ein Kleinkind besser als Teilen. Nimm eine zweite Schaufel zum Tauschen mit.

everyone-laughs-except-your-child =
    .title = Alle lachen, nur dein Kind nicht
    .body = Fällt dein Kind mit einem lustigen Gesicht um oder sagt etwas Süßes, und alle lachen, während seine Unterlippe zu zittern beginnt? Ausgelacht werden kann sich für ein Kleinkind wie Abgelehntwerden anfühlen, auch wenn es lieb gemeint ist. Geh hin: „Alle haben gelacht. Das fandest du nicht schön, oder?“ Zu den anderen, locker: „Da haben wir uns erschreckt.“ So spürt es: Du stehst auf seiner Seite.

waiting-for-the-swing =
    .title = Warten an der Schaukel
    .body = Ist die Schaukel besetzt, und dein Kind will sofort drauf? Wartet zusammen, dicht nebeneinander, und macht das Warten sichtbar: „Das Mädchen schaukelt noch. Wir zählen mit: eins, zwei …“ Frag die anderen Eltern: „Noch zehnmal anschubsen, dann wechseln?“ Warten mit etwas zum Anschauen und einem Ende in Sicht ist für ein Kleinkind gerade machbar. Dauert es zu lange? Die Rutsche ist auch toll.

carried-in-a-crowd =
    .title = Will dein Kind im Gedränge getragen werden?
    .body = Läuft dein Kind zu Hause überall selbst, will aber auf dem Markt, am Bahnhof oder auf einem Fest plötzlich nur noch auf den Arm? Nimm es hoch. Gedränge, viele Beine und laute Geräusche sind auf Kleinkindhöhe viel unheimlicher als auf deiner. Von deiner Hüfte aus sieht es alles, mit dir als sicherem Ort. Das ist kein Rückschritt; wird es ruhiger, wollen die meisten Kinder von selbst wieder runter.

words-instead-of-a-push =
    .title = Worte statt Schubsen
    .body = Schubst dein Kind an der Rutsche oder am Sandtisch ein anderes Kind weg? Stell dich daneben, halte die schubsende Hand und gib deinem Kind die Worte, die ihm noch fehlen: „Du willst auch. Sag: ‚Ich auch!‘“ Oder: „Sag: ‚Stopp!‘“ Übt den Satz zusammen. Ein Schubser ist oft ein Satz, der noch nicht herauskann. Je mehr Worte dein Kind hat, desto weniger müssen die Hände sagen. Einfach wiederholen.

no-forced-sorry =
    .title = Kein erzwungenes „Entschuldigung“
    .body = Hat dein Kind einem anderen Kind wehgetan, und dessen Eltern schauen dich erwartungsvoll an? Zwing dein Kind nicht zu „Entschuldigung“: Ein Kleinkind sagt das Wort, fühlt aber wenig dabei. Sag es lieber selbst, laut, zum anderen Kind: „Tut mir leid, das hat wehgetan. Soll ich dir über den Arm streicheln?“ So sieht dein Kind, wie Wiedergutmachen geht. Oft macht es das später von selbst nach.

child-says-a-feeling-word =
    .title = Sagt dein Kind selbst „wütend!“?
    .body = Hörst du dein Kind plötzlich selbst ein Gefühlswort sagen, „wütend!“ oder „Angst“, vielleicht noch halb verständlich? Das ist ein großer Schritt: Das Gefühl wird ein Wort statt nur ein Schrei. Nimm es ernst und frag nach: „Du bist wütend. Worüber?“ Zeigt dein Kind auf etwas, sag, was du verstehst. Ein Wort in eurer Familiensprache zählt genauso. Dein Kind merkt: Wenn ich es sage, hört jemand zu.

scared-of-a-costumed-figure =
    .title = Clown oder Maskottchen in Sicht? Erzähl es vorher
    .body = Geht ihr auf ein Fest, zu einem Umzug oder in einen Freizeitpark mit Clown, Maskottchen oder anderen Verkleideten? Viele Kleinkinder erschrecken vor einer großen Figur, deren Gesicht sich nie verändert. Sag es vorher kurz: „Da kommt ein Clown mit roter Nase. Da drin ist einfach ein Mensch.“ Und versprich: „Ist es dir zu gruselig, gehen wir zusammen weg.“ Halte dich daran. Näher ran muss keiner.

too-high-at-the-top-of-the-slide =
    .title = Oben auf der Rutsche plötzlich zu hoch
    .body = Wollte dein Kind unbedingt auf die große Rutsche und weint oben plötzlich? Wieder hinunterklettern ist auch eine Entscheidung, kein Versagen. Stell dich nah dazu oder klettere hinterher: „Du wolltest, und jetzt fühlt es sich zu hoch an. Dann gehen wir zurück.“ Hilf deinem Kind sicher hinunter, ohne zu schieben oder zu überreden. Ein Kind, das umkehren darf, traut sich nächstes Mal oft mehr.

teach-the-word-help =
    .title = Bring deinem Kind „Hilfe!“ bei
    .body = Schreit dein Kind vor Frust, wenn der Deckel nicht von der Dose geht oder die Socke nicht an will? Gib ihm ein Wort und eine Geste, um Hilfe zu holen: „Sag: Hilfe!“, und streckt gemeinsam die Hände vor. Reagiere dann sofort und hilf nur ein kleines bisschen. So wird aus Schreien nach und nach eine Frage. Dein Kind lernt: Klappt etwas nicht, darf ich jemanden holen. Auch das ist Selbstständigkeit.

dont-redo-their-job =
    .title = Mach es nicht noch mal
    .body = Hat dein Kind selbst den Tisch „gedeckt“ oder die Schuhe angezogen, nur anders, als du es tun würdest? Lass es so, auch mit dem Löffel auf der falschen Seite oder den Schuhen falsch herum. Wer es vor den Augen des Kindes verbessert, sagt ohne Worte: Das war nicht gut. Muss wirklich etwas anders sein, dann später. Schau lieber auf den Stolz im Gesicht; der zählt mehr als ein ordentlicher Tisch.

picked-blue-now-wants-red =
    .title = Den blauen Becher gewählt, jetzt den roten
    .body = Hat dein Kind den blauen Becher ausgesucht und weint nun, weil es doch den roten will? Kleinkinder entdecken gerade, dass Wählen auch heißt, das andere nicht zu bekommen. Bleib freundlich bei der Wahl: „Du hast Blau gewählt. Jetzt willst du Rot. Das ist blöd.“ Du musst nicht tauschen und auch nicht schimpfen. Enttäuschung aushalten, mit jemandem daneben: genau das übt dein Kind gerade.

name-their-pride =
    .title = Benenne den Stolz deines Kindes
    .body = Schafft dein Kind etwas und dreht sich strahlend zu dir um? Sag statt „Gut gemacht!“ einmal, was dein Kind selbst fühlt: „Du bist stolz, oder? Du hast es ganz allein gemacht.“ Lass es den Moment genießen, ohne gleich etwas hinzuzufügen. So lernt dein Kind, dass Stolz ein Gefühl von innen ist, nicht nur ein Lob von außen. Dieses Gefühl findet es später auch, wenn niemand zuschaut.

name-the-happy-feelings-too =
    .title = Benenne auch die frohen Gefühle
    .body = Gefühle benennen wir oft bei Wut oder Traurigkeit. Achte heute auch auf die schönen: „Du hüpfst auf und ab! Du freust dich so, dass Opa da ist.“ Oder: „Du bist ganz ruhig, so gemütlich in der Wanne.“ Ein Kind, das auch Worte für froh, aufgeregt und zufrieden bekommt, lernt: Alle Gefühle werden gesehen, nicht nur die schwierigen. Dazu merkst du selbst mehr von dem, was gut läuft.

new-toddler-group-arrive-early =
    .title = Eine neue Kleinkindgruppe? Komm etwas früher
    .body = Geht ihr an einen neuen Ort mit anderen Kleinkindern, etwa zum Babyschwimmen, in eine Musikgruppe oder eine Spielgruppe? Kommt zehn Minuten früher, wenn es noch still und leer ist. Dann kann dein Kind den Raum mit dir in Ruhe erkunden, bevor der Trubel beginnt. Wer den Ort kennt, kommt mit der Gruppe besser zurecht. Setzt euch die ersten Wochen an denselben Platz; das macht es vertrauter.

too-wild-slow-the-game =
    .title = Zu wild? Bremse das Spiel, bevor es kippt
    .body = Rennen, Kreischen, Fangen: Das Spiel wird immer wilder, und du weißt, wie es meist endet. Bremse, bevor es kippt: Beweg dich langsamer, sprich leiser, mach aus der Verfolgung ein Anschleichen auf Zehenspitzen. Hört mit etwas Ruhigem auf, etwa nebeneinander liegen und an die Decke schauen. Ein Kleinkind kann noch nicht allein bremsen; du bist die Bremse. Lachen ist erlaubt, gelandet wird gemeinsam.

tantrums-mostly-at-home =
    .title = Wutanfälle vor allem bei dir?
    .body = Ist dein Kind laut Kita oder Babysitter dort ein Engel, hat zu Hause aber einen Wutanfall nach dem anderen? Das fühlt sich ungerecht an, sagt aber etwas Schönes: Bei dir traut es sich, alles zu zeigen, auch was es den ganzen Tag zurückhielt. Nimm zum Abholen einen Snack und etwas zu trinken mit; mit leerem Magen tobt der Sturm oft heftiger. Sorg auch für dich: Ein sicherer Ort darf müde sein.

coat-flip-trick =
    .title = Der Jackentrick: selbst anziehen
    .body = Will dein Kind die Jacke unbedingt allein anziehen, aber die Ärmel verheddern sich? Leg die Jacke offen auf den Boden, innen nach oben, den Kragen bei den Füßen deines Kindes. Arme in die Ärmel, dann mit Schwung über den Kopf: Jacke an! Zeig es ein paarmal und lass dein Kind probieren. Etwas zu schaffen, das vorher nicht ging, fühlt sich riesig an. Und an der Tür gibt es einen Streit weniger.

odd-socks-are-fine =
    .title = Zwei verschiedene Socken? Prima
    .body = Will dein Kind heute unbedingt Gummistiefel im Sonnenschein, zwei verschiedene Socken oder das Prinzessinnenkleid im Supermarkt? Schau nur, ob es sicher und warm genug ist. Wenn ja, lass es so. Kleidung ist eines der ersten Dinge, über die ein Kleinkind selbst bestimmen darf. Bemerkungen von anderen? „Selbst ausgesucht“ reicht. Und pack zur Sicherheit einen Pulli ein.

birthday-present-hard-to-hand-over =
    .title = Das Geschenk nicht hergeben wollen
    .body = Seid ihr auf einem Kindergeburtstag, und dein Kind klammert sich ans Geschenk, wenn es übergeben werden soll? Verständlich: Es ist schön, und Verschenken versteht ein Kleinkind kaum. Zieh es ihm nicht aus den Händen. Sag: „Du findest es auch schön, oder?“, und gebt es gemeinsam, deine Hand um seine. Klappt es nicht? Dann gibst du es, dein Kind steht daneben. Ein echtes „Bitte schön“ kommt später.

comforting-another-child-together =
    .title = Gemeinsam ein anderes Kind trösten
    .body = Fällt auf dem Spielplatz ein Kind hin, und deins schaut erschrocken zu? Sag, was du siehst: „Das Mädchen ist hingefallen. Es weint, das Knie tut weh.“ Überlegt zusammen, was helfen könnte: die Mütze zurückgeben, kurz winken, schauen, ob die Mama kommt. Mit dir daneben übt dein Kind, sich um andere zu kümmern. Will es lieber nur zuschauen? Auch gut; Mitgefühl beginnt mit Bemerken.

where-the-feeling-sits-in-the-body =
    .title = Wo sitzt das Gefühl im Körper?
    .body = Siehst du, dass sich bei deinem Kind etwas zusammenbraut, mit geballten Fäustchen, rotem Gesicht oder stampfenden Füßen? Sag, was du am Körper siehst: „Deine Hände sind ganz steif. Steckt da Wut drin?“ Oder bei Angst: „Du hältst mich so fest.“ So lernt dein Kind nach und nach seine eigenen Signale kennen, lange bevor es sie erklären kann. Das ist später der erste Schritt zum Selbst-Beruhigen.

a-scary-picture-in-the-book =
    .title = Ein gruseliges Bild im Buch
    .body = Blättert dein Kind schnell um oder schiebt das Buch weg, wenn der Wolf oder das Monster kommt? Lass es über das Gruselige bestimmen: „Ist er gruselig? Dann blättern wir weiter.“ Oder legt eine Hand aufs Bild. Viele kommen später von selbst zurück, an dich gekuschelt: kurz gucken, schnell wieder zu. Wer selbst bestimmt, wie viel Grusel, traut sich mehr. Morgen will es vielleicht genau das Buch.

practise-calm-breathing-in-play =
    .title = Ruhig atmen üben, wenn alles ruhig ist
    .body = Ruhig atmen lernt ein Kleinkind nicht mitten im Wutanfall. Übt es, wenn es gut läuft, als Spiel: Seifenblasen pusten, zusammen eine Feder über den Tisch pusten oder „Kerzen auspusten“ auf deinen Fingern. Puste selbst ganz langsam mit. Machst du es später in einem schwierigen Moment vor, „Pusten wir die Kerzen aus?“, kennt dein Kind es schon. Klappt es noch nicht? Dann atme du langsam für beide.

yes-later-instead-of-no =
    .title = „Ja, später“ statt „Nein“
    .body = Will dein Kind raus, einen Keks oder noch ein Buch, und es passt gerade nicht, später aber schon? Dann sag nicht „Nein“, sondern „Ja, später“, und mach es greifbar: „Ja, nach dem Essen gehen wir raus.“ Viele Kinder von fast zwei können so einem „nach“ schon gut folgen. Der Wunsch bekommt einen Platz statt einer verschlossenen Tür. Ist das Essen vorbei, hol auch wirklich die Jacken: „Los geht’s!“

gave-in-yesterday-start-again =
    .title = Gestern doch nachgegeben? Heute neu
    .body = Hast du gestern, müde und erschöpft, nach einem langen Wutanfall doch den Keks gegeben? Das passiert allen Eltern, und es macht nichts kaputt. Sag heute einfach wieder ruhig dein Nein, ohne Erklärung zu gestern, und bleib dabei. Ein Kind braucht keine Eltern, die es jedes Mal perfekt machen, sondern welche, die oft genug gleich handeln. Es wird das testen; so findet es heraus, was heute gilt.

left-out-by-bigger-children =
    .title = Die Großen lassen es nicht mitspielen
    .body = Will dein Kind unbedingt bei älteren Kindern, Cousins oder Nachbarskindern mitmachen, doch die rennen weg oder rufen „Du bist zu klein“? Das tut weh. Sag, was du siehst: „Du wolltest mitspielen. Sie haben dich nicht gelassen. Das ist schade.“ Sucht dann zusammen eine eigene Rolle, etwa den Ball zurückwerfen oder beim Tor jubeln, oder spielt kurz zu zweit. So fühlt es sich gesehen.

the-easy-quiet-child =
    .title = Das pflegeleichte, stille Kind
    .body = Ist dein Kind oft zufrieden, spielt ruhig und verlangt wenig? Auch ein stilles Kind braucht deine Aufmerksamkeit, gerade weil es nicht danach fragt. Setz dich heute ein paarmal von dir aus dazu und schau zu: „Was baust du da?“ Dein Kind spürt: Ich werde auch gesehen, wenn ich leise bin. Wirkt es eher zurückgezogen als zufrieden? Sprich es im Consultatiebureau (Kinderberatungsstelle) an.

when-tantrums-worry-you =
    .title = Machen dir die Wutanfälle Sorgen?
    .body = Wutanfälle gehören zu diesem Alter, und Kinder sind verschieden darin, wie oft sie welche haben. Dauern sie oft sehr lange, tut dein Kind sich oft selbst weh, oder lässt es sich danach kaum trösten? Oder bist du selbst völlig erschöpft? Sprich mit dem Consultatiebureau (Kinderberatungsstelle) oder dem Hausarzt (huisarts). Du musst nicht warten, bis du sicher bist; Fragen hilft euch beiden.

it-has-to-be-exactly-so =
    .title = Es muss genau so sein
    .body = Muss dein Kind die Banane selbst schälen, muss immer dieselbe Person das Licht ausmachen, muss es immer dieser eine Becher sein? Viele Kleinkinder um zwei Jahre wollen, dass alles genau so abläuft wie immer. Das gibt ihnen Halt in einer Welt, die sie noch kaum überblicken. Komm dem entgegen, wo es geht. Lief es doch anders? Sprich es aus, „Oh, das war nicht so, wie du wolltest“, und bleib bei ihm.


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


moving-up-to-a-new-group =
    .title = In eine neue Gruppe in der Kita
    .body = Wechselt dein Kleinkind in der Kita in die Gruppe der Älteren? Frag, welche vertrauten Dinge mitumziehen können: der eigene Schlafsack, das eigene Fach, das Lied vor dem Essen. Und ob dein Kind in den ersten Wochen noch kurz der alten Gruppe winken darf. So bleibt zwischen all dem Neuen etwas gleich. Ein paar Wochen mehr Tränen beim Bringen gehören zu so einem Wechsel oft dazu.

after-separation-keep-both-grandparents =
    .title = Nach der Trennung: beide Großeltern im Blick behalten
    .body = Getrennt, und hat dein Kind die Großeltern der anderen Seite oft gesehen? Auch diese Bindung zählt: Ein Kind bindet sich an die Menschen, die es oft sieht, nicht an eine Seite der Familie. Sprecht ab, wann diese Großeltern dein Kind weiter sehen, etwa an einem festen Nachmittag. Was auch zwischen euch Erwachsenen war: Dein Kind muss niemanden verlieren.

evening-out-sitter-joins-bedtime =
    .title = Abends weg? Lass den Babysitter beim Zubettgehen mitmachen
    .body = Gehst du heute Abend aus, und es kommt ein Babysitter? Lass ihn kommen, bevor dein Kind schläft, und macht das Abendritual zusammen: du den Schlafanzug, der Babysitter das Buch, du das Lied. Dann sag: „Ich gehe weg, Jonas bleibt hier. Morgen früh bin ich wieder da.“ Wacht dein Kind nachts auf, sieht es ein Gesicht, das zum Einschlafen gehörte. Schleich dich nicht weg, auch bei Tränen.

settling-in-still-hard-after-weeks =
    .title = Nach Wochen Eingewöhnung noch jeden Tag untröstlich?
    .body = Geht dein Kind seit etwa sechs Wochen in die Kita oder zur Tagesmutter (gastouder) und weint dort noch fast den ganzen Tag, kaum zu trösten? Bitte die feste Bezugsperson oder die Tagesmutter um ein Gespräch: Was sehen sie, wer tröstet dein Kind, was hilft? Kürzere Tage oder immer dieselben Gesichter können helfen. Bleibst du unsicher? Sprich mit dem Consultatiebureau (Kinderberatungsstelle).

grandparent-stops-babysitting-keep-the-visits =
    .title = Oma passt nicht mehr auf? Die Bindung kann bleiben
    .body = Passt Oma oder Opa nicht mehr jede Woche auf, wegen Krankheit, eines Umzugs oder weil es zu viel wurde? Dann fällt für dein Kleinkind jemand aus der Woche. Sag es einfach: „Wenn ich arbeite, gehst du nicht mehr zu Oma. Am Sonntag besuchen wir sie.“ Macht den Besuch zur Gewohnheit, mit etwas, das die beiden immer zusammen gemacht haben, etwa Enten füttern. So bleibt die Bindung, in neuer Form.

serious-illness-at-home-one-steady-carer =
    .title = Schwere Krankheit in der Familie? Eine feste Extra-Person
    .body = Ist ein Elternteil bei euch schwer krank? Sorg möglichst für eine feste zusätzliche Betreuungsperson, die dein Kleinkind gut kennt. Sag in ein paar ehrlichen Worten, was los ist: „Papa ist krank. Die Ärzte helfen ihm. Heute bringt Oma dich ins Bett.“ Dein Kind muss es nicht verstehen, aber spüren, dass immer jemand Vertrautes da ist. Such dir auch selbst Hilfe, etwa bei deinem Hausarzt (huisarts).

just-separated-say-it-simply =
    .title = Gerade getrennt? Sag es einfach, jedes Mal gleich
    .body = Gerade getrennt, und dein Kind sucht in der Wohnung nach dem Elternteil, der nicht mehr da wohnt? Sag es einfach und jedes Mal gleich: „Papa wohnt jetzt in einem anderen Haus. Am Samstag gehst du zu ihm.“ Halte den Rest des Tages so normal wie möglich: dieselben Mahlzeiten, dasselbe Schlaflied. Dein Kind versteht nicht alles, spürt aber, dass die Großen den Überblick behalten.

holiday-kids-club =
    .title = Ein Kinderclub im Urlaub?
    .body = Hat eure Urlaubsunterkunft einen Kinderclub oder Miniclub mit Betreuung? Für ein Kleinkind sind fremde Betreuer an einem fremden Ort viel auf einmal. Bleib beim ersten Mal dabei oder lass es einfach: Erholen geht auch, während dein Kind neben dir im Sand spielt. Willst du doch eine Stunde für dich? Dann lieber mit jemandem, den dein Kind schon kennt, etwa Oma oder eine Tante, die mitgereist ist.

sitter-at-home-while-you-work-from-home =
    .title = Babysitter im Haus, während du im Homeoffice bist
    .body = Passt ein Babysitter oder Oma auf dein Kind auf, während du zu Hause arbeitest? Verabschiede dich richtig, wie du es in der Kita tun würdest, und geh dann „zur Arbeit“: in ein Zimmer mit geschlossener Tür oder kurz aus dem Haus. Immer wieder hereinschauen wirkt lieb, macht aber aus jedem Besuch einen neuen Abschied. Doch zwischendurch kuscheln? Vereinbart einen festen Moment, etwa mittags.

calls-the-carer-mama =
    .title = Sagt dein Kind zur Tagesmutter „Mama“?
    .body = Sagt dein Kind „Mama“ oder „Papa“ zur Tagesmutter (gastouder), zur Bezugsperson in der Kita oder zur Oma? Das kann kurz wehtun. Oft heißt es einfach „jemand, der für mich sorgt“, gerade solange dein Kind wenige Wörter hat. Reagier locker und nenn den Namen: „Ja, das ist Fatima.“ Dass dein Kind sich dort zu Hause fühlt, ist eine gute Nachricht. Mit mehr Namen ordnen sich die Wörter von selbst.

give-childcare-your-words-for-a-big-change =
    .title = Große Veränderung zu Hause? Gib der Kita deine Worte
    .body = Ist zu Hause etwas Großes los, etwa ein Umzug, eine Trennung oder ein krankes Familienmitglied? Erzähl es kurz in der Kita oder der Tagesmutter, und gib den Satz weiter, den du zu Hause sagst: „Opa ist krank, er ist im Krankenhaus.“ Ruft dein Kind dort nach jemandem oder ist durcheinander, hört es dieselben Worte wie zu Hause. Eine Geschichte an zwei Orten gibt Halt.

carer-invites-at-drop-off =
    .title = Beim Bringen holt die Bezugsperson dein Kind ab
    .body = Hängt dein Kleinkind beim Bringen an deinem Bein? Bitte die Bezugsperson in der Kita, zu euch zu kommen und dein Kind zu etwas einzuladen, das es mag: „Kommst du mit, die Fische füttern?“ Dann gib deine Abschiedsumarmung und geh. So geht dein Kind nicht einfach von dir weg, sondern mit jemandem, der es abgeholt hat. Klappt es heute nicht? Dann nimmt die Bezugsperson es auf den Arm, auch gut.

different-house-different-rules =
    .title = Bei Oma ist manches anders
    .body = Darf dein Kind bei Oma und Opa aufs Sofa hüpfen oder einen Keks mehr essen, zu Hause aber nicht? Mach keinen Machtkampf daraus, sag es einfach laut: „Bei Oma darfst du das. Zu Hause machen wir es so.“ Kinder kommen gut mit verschiedenen Orten und Gewohnheiten zurecht, solange es in jedem Haus vorhersehbar ist. Was die Sicherheit betrifft, sprecht ihr gemeinsam ab, am besten ohne dein Kind.

drop-off-easier-with-someone-else =
    .title = Abschied leichter, wenn jemand anders bringt?
    .body = Weint dein Kind jeden Morgen, wenn du es in die Kita bringst, winkt aber fröhlich, wenn der andere Elternteil oder Opa bringt? Das sagt nichts darüber, wie sehr dein Kind dich liebt. Manchmal fällt der Abschied von einem Menschen einfach schwerer. Lass eine Zeit lang öfter den anderen bringen, wenn das geht, und du holst ab. So beginnt der Tag leichter, und das Wiedersehen gehört dir.

staying-with-family-you-do-bedtime =
    .title = Bei der Familie zu Gast? Du bringst dein Kind ins Bett
    .body = Wohnt ihr ein paar Wochen bei der Familie, in einem Haus voller Tanten, Onkel und Cousins, die alle helfen wollen? Lass sie tagsüber gern mitmachen, aber behalte das Zubettbringen bei dir oder beim anderen Elternteil, mit eurem eigenen Lied. In einem fremden Haus sucht ein Kleinkind gerade beim Einschlafen seine vertrauten Menschen. Spät und trubelig? Ein kurzes Ritual reicht, wenn du es machst.

the-other-parent-does-not-come =
    .title = Der andere Elternteil kommt nicht wie verabredet
    .body = Sollte dein Kind heute zum anderen Elternteil, und der kommt nicht oder viel später? Sag es ehrlich und ohne Urteil: „Mama kann heute nicht kommen. Schade, oder? Du bleibst bei mir.“ Tröste, wenn Kummer kommt, und macht dann etwas Normales zusammen, etwa rausgehen. Dein eigener Ärger ist verständlich; klär ihn später, nicht vor deinem Kind. So trägt dein Kind keinen Streit, der nicht seiner ist.

handover-between-homes-keep-it-calm =
    .title = Wechsel zwischen zwei Zuhause: Ruhe an der Tür
    .body = Ist die Übergabe an den anderen Elternteil oft angespannt? Besprecht Geld, Absprachen und Streit zu einer anderen Zeit, nicht an der Tür vor eurem Kind. Halte den Abschied kurz und freundlich: „Viel Spaß bei Mama, bis Sonntag.“ Manchmal hilft ein Wechsel über die Kita: Einer bringt, der andere holt ab. Dann muss dein Kind nicht zwischen zwei Menschen wählen, die es liebt.

grieving-let-others-do-the-play =
    .title = Trauer, und ein Kleinkind, das spielen will
    .body = Hast du jemanden verloren, einen Elternteil, einen Freund, eine Schwangerschaft, und dein Kind will einfach toben? Du musst nicht fröhlich tun. Lass jemand anderen die wilden Spiele und Ausflüge übernehmen, und behalte das Ruhige: Vorlesen, zusammen aufs Sofa, das Schlaflied. So bleibst du nah, mit dem, was du geben kannst. Nach Wochen noch zu schwer? Sprich mit deinem Hausarzt (huisarts).

a-small-job-in-the-family-feast =
    .title = Eine eigene kleine Aufgabe beim Familienfest
    .body = Gehört zu eurem Fest ein festes Ritual, etwa Kekse verteilen zum Zuckerfest oder den Schuh für Sinterklaas rausstellen? Gib deinem Kleinkind darin eine kleine, sichere Aufgabe: das Schälchen tragen, während du verteilst, die Möhre in den Schuh legen. Sag dazu: „Das machen wir jedes Jahr.“ So spürt dein Kind, dass es zu eurer Familie gehört. Lieber vom Arm aus zuschauen? Auch das ist Mitmachen.

waking-the-night-worker-together =
    .title = Nachtdienst? Mach das Wecken zum Ritual
    .body = Schläft ein Elternteil nach dem Nachtdienst tagsüber, und dein Kleinkind hört ständig „pssst“? Macht einen festen Moment daraus: Um drei Uhr darf dein Kind den Schläfer zusammen mit dir wecken, mit einem Klopfen an der Tür und einem Lied. Bis dahin bleibt die Schlafzimmertür zu, mit einem Bild daran. So wird das Warten überschaubar, und der Nachmittag beginnt mit einem fröhlichen Wiedersehen.

new-baby-keep-the-toddlers-week-the-same =
    .title = Baby geboren? Lass deinem Kleinkind seine Woche
    .body = Ist gerade ein Baby zur Welt gekommen? Lass deinem Kleinkind so weit wie möglich seine gewohnte Woche: die festen Kita-Tage, Oma am Mittwoch, dasselbe Abendritual. Brauchst du zum Erholen mehr Hilfe? Lieber jemand, den dein Kind gut kennt, bei euch zu Hause, als plötzlich neue Orte. So merkt dein Kleinkind, dass seine eigene Welt stehen bleibt, während zu Hause jemand dazukommt.

visiting-a-seriously-ill-relative =
    .title = Besuch bei einem schwer kranken Verwandten
    .body = Besuchst du mit deinem Kind Oma, Opa oder einen anderen Verwandten, der schwer krank ist, zu Hause, im Krankenhaus oder im Pflegeheim? Sag vorher in wenigen Worten, was dein Kind sehen wird: „Opa liegt im Bett, er ist sehr müde.“ Halte es kurz, bring etwas zum Schenken mit, etwa ein Bild, und nimm dein Kind auf den Schoß oder an die Hand. Will es weg? Dann war es genug, und trotzdem wertvoll.

a-morning-in-the-childcare-group =
    .title = Eine Stunde in der Gruppe zuschauen
    .body = Frag, ob du einmal eine Stunde in der Kita oder bei der Tagesmutter zuschauen darfst, oder geh zu einem Elternvormittag. Schau vor allem: Mit wem spielt dein Kind, auf wessen Schoß klettert es, welche Lieder gehören zur Obstpause? Zu Hause könnt ihr dann mit echten Bildern im Kopf reden: „Bei Anouk auf dem Schoß, nicht wahr?“ Tränen, wenn du danach gehst? Dort ist Abschied anders, das ist okay.

off-to-childcare-while-the-baby-stays-home =
    .title = Ab in die Kita, das Baby bleibt zu Hause
    .body = Geht dein Kleinkind seit der Geburt weiter in die Kita, während das Baby bei dir zu Hause bleibt? Manche Kinder fühlen sich dann etwas weggeschickt. Erzähl ehrlich, wie euer Tag ist: „Das Baby trinkt und schläft, und ich mache die Wäsche. Nach deinem Mittagsschlaf hole ich dich ab.“ Langweilig, und meistens stimmt das auch. Mach das Abholen zu einem Moment für euch zwei, wenn möglich ohne Baby.

a-moving-box-of-their-own =
    .title = Ein eigener Umzugskarton
    .body = Ihr zieht um? Gib deinem Kleinkind einen eigenen Karton und packt ihn zusammen: das Lieblingskuscheltier, ein paar Bücher, der eigene Becher. Lass dein Kind ein Bild darauf kritzeln. In der neuen Wohnung ist das der erste Karton, den ihr öffnet, zusammen auf dem Boden: „Schau, deine Sachen sind mitgekommen!“ So sieht dein Kind, dass seine Sachen nicht verschwinden, wenn alles in Kisten kommt.

last-day-at-the-old-childcare =
    .title = Der letzte Tag in der alten Kita
    .body = Verlässt dein Kind die Kita oder die Tagesmutter, wegen eines Umzugs oder eines neuen Platzes? Mach den letzten Tag zu einem echten Abschied: etwas Leckeres zum Verteilen, ein Foto mit der festen Bezugsperson, Winken an der Tür. Nimm das Foto mit nach Hause. Einfach nicht mehr hinzugehen wirkt auf ein Kind, als wäre jemand spurlos weg. Ein Abschied mit Ende macht Platz für den Neuanfang.

tears-when-leaving-grandmas =
    .title = Tränen beim Abschied von Oma
    .body = Weint dein Kind, wenn du es bei Oma und Opa abholst, und will nicht mit? Das kann kurz wehtun, heißt aber vor allem, dass es dort einen schönen Tag hatte. Gib dem Kummer einen Namen: „Du willst noch bei Oma bleiben.“ Lass Oma mit zum Auto oder Fahrrad kommen und winken, bis ihr um die Ecke seid. Und erzähl unterwegs, wann ihr wieder hinfahrt.

first-meeting-with-the-new-baby-arms-free =
    .title = Das erste Kennenlernen: Arme frei
    .body = Kommt dein Kleinkind zum ersten Mal das neue Baby anschauen, im Krankenhaus oder zu Hause? Sorg dafür, dass das Baby in der Wiege liegt oder bei jemand anderem, damit deine Arme frei sind für dein Großes. Erst kuscheln, dann zusammen schauen: „Schau, das ist dein Bruder. So kleine Hände, oder?“ Dein Kleinkind merkt: Mein Platz bei dir ist noch da. Will es noch nicht schauen? Das kommt später.

when-the-pet-dies =
    .title = Wenn das Haustier stirbt
    .body = Ist die Katze, das Kaninchen oder das Meerschweinchen tot? Sag es ehrlich und kurz: „Mieze ist tot. Sie bewegt sich nicht mehr und kommt nicht zurück.“ Sag lieber nicht „Sie schläft“: Das kann Schlafen unheimlich machen. Macht zum Abschied etwas Kleines: eine Blume hinlegen, am Plätzchen im Garten winken. Sucht dein Kind das Tier Wochen später noch? Dann sag es einfach noch einmal, genauso ruhig.

grandparent-under-the-same-roof =
    .title = Oma wohnt mit, und dein Kind rennt zu ihr
    .body = Wohnt eine Oma oder ein Opa bei euch, und rennt dein Kind nach deinem Nein sofort zur Oma? Vereinbart, dass Oma das Nein stehen lässt, aber trösten darf: „Papa hat Nein gesagt. Komm, setz dich kurz zu mir.“ So muss dein Kind nicht zwischen zwei Erwachsenen wählen und bekommt trotzdem Trost. Umgekehrt geht es auch: Sagt Oma Nein, tröstest du. Besprecht das, wenn dein Kind nicht dabei ist.

ramadan-iftar-on-your-lap =
    .title = Ramadan: der Beginn des Iftar auf dem Schoß
    .body = Ist gerade Ramadan, und fällt das Iftar in die Schlafenszeit deines Kleinkinds? Gib deinem Kind früher zu essen und nimm es zu Beginn des Iftar kurz auf den Schoß am Tisch, wenn alle das Fasten brechen. Danach kommt das gewohnte Abendritual. So erlebt dein Kind den besonderen Moment mit, ohne Hunger und späten Abend. Iftar lange nach der Schlafenszeit? Dann vorher eine Gute-Nacht-Runde.

moving-day-with-a-familiar-person =
    .title = Umzugstag: dein Kind bei jemand Vertrautem
    .body = Ist heute Umzugstag? Lass dein Kleinkind den Tag bei jemandem verbringen, den es gut kennt, bei Oma, einer Freundin oder in der vertrauten Kita, weg von Kartons und schleppenden Leuten. Hol dein Kind erst ab, wenn sein Bett in der neuen Wohnung steht. Dann ist der erste Eindruck ein Zimmer mit dem eigenen Bett, und du, ganz ruhig, darin. Das Chaos dieses Tages muss dein Kind nicht sehen.

walks-in-without-looking-back =
    .title = Läuft dein Kind hinein, ohne sich umzudrehen?
    .body = Rennt dein Kleinkind in die Kita oder zu Oma hinein, ohne sich noch umzudrehen, während du noch auf die Umarmung wartest? Das kann wehtun. Oft ist es aber ein Zeichen von Vertrauen: Dein Kind weiß, dass du wiederkommst. Sag trotzdem Tschüss, auch ohne Winken: „Tschüss, Schatz, ich hole dich nach dem Schlafen.“ So bleibt dein Gehen vorhersehbar, auch an Tagen, an denen es dich braucht.

a-drawer-of-their-own-at-grandmas =
    .title = Eine eigene Schublade bei Oma und Opa
    .body = Ist dein Kind oft bei Oma und Opa oder bei einer anderen festen Betreuungsperson zu Hause? Frag, ob es dort eine eigene Schublade oder einen Korb geben kann, mit ein paar Sachen: ein Buch, ein Becher, ein Pulli, etwas Spielzeug. Lass dein Kind jedes Mal selbst hineinschauen: „Schau, deine Sachen sind noch da.“ So hat es auch dort einen Platz, der ihm gehört und auf es wartet. Ein Stück Zuhause.

visitors-greet-the-big-one-first =
    .title = Besuch fürs Baby? Zuerst das Große begrüßen
    .body = Kommt Besuch fürs Baby, oder ist die Wochenbettpflegerin (kraamverzorgende) im Haus? Bitte alle, beim Hereinkommen zuerst dein Kleinkind zu begrüßen und erst dann das Baby anzuschauen. Ein Geschenk fürs Große ist nett, Aufmerksamkeit zählt mehr: „Bist du groß geworden! Zeigst du mir das Baby?“ So ist dein Kleinkind nicht das Kind, das im Weg ist, sondern der Gastgeber seines Geschwisterchens.

asks-to-go-back-to-the-old-house =
    .title = „Nach Hause!“ Gemeint ist die alte Wohnung
    .body = Gerade umgezogen, und dein Kleinkind will ständig „nach Hause“ und meint die alte Wohnung? Lach es nicht weg und erklär nicht zu viel. Sag, was du siehst: „Du vermisst unsere alte Wohnung. Da haben wir gewohnt. Jetzt wohnen wir hier.“ Schaut zusammen ein Foto der alten Wohnung an, oder fahrt mal vorbei. Heimweh darf sein. Mit jedem Tag werden die neuen Zimmer ein bisschen mehr Zuhause.

let-them-show-you-round-at-pick-up =
    .title = Beim Abholen: Lass dich herumführen
    .body = Will dein Kleinkind beim Abholen noch nicht weg? Nimm dir ab und zu zwei Minuten und lass dir von deinem Kind seinen Ort zeigen: „Wo hast du heute gespielt? Zeig mal.“ Schau dir den Klötzchenturm an, den Sandkasten, das Bettchen. Dein Kind ist kurz der Führer in seiner eigenen Welt, und du bist dort zu Gast. Danach gemeinsam heimzugehen klappt oft leichter, als es vom Spiel wegzuziehen.

feast-day-tell-it-beforehand =
    .title = Ein Festtag? Erzähl vorher, wie der Tag wird
    .body = Steht ein großer Tag an, wie das Zuckerfest, Weihnachten, Diwali oder eine Familienhochzeit? Erzähl deinem Kleinkind am Tag davor in ein paar Sätzen, wie es wird: „Morgen ziehen wir deine schönen Sachen an. Dann fahren wir zu Oma. Da sind viele Leute, und ich bleibe bei dir.“ Lass dein Kind die Festkleidung schon mal anprobieren. Was dein Kind schon kennt, überwältigt es am Festtag weniger.

a-relative-who-smacks =
    .title = „Ein Klaps hat noch keinem geschadet“
    .body = Gibt ein Verwandter deinem Kind einen Klaps, oder sagt jemand, das schade nicht? Hol dein Kind zu dir und tröste es zuerst. Sag dann ruhig und klar: „Bei uns schlägt niemand, auch nicht leicht.“ Eine Alternative: „Sag Nein und heb ihn weg.“ Ein Klaps lehrt vor allem Angst. Lass dein Kind nicht allein bei jemandem, der weiter schlägt. Schwierig? Das Consultatiebureau (Kinderberatungsstelle) hilft.

share-bedtime-before-the-baby-comes =
    .title = Baby unterwegs? Teilt euch schon jetzt das Zubettbringen
    .body = Bringt meist ein Elternteil dein Kleinkind ins Bett, der bald mit dem Baby beschäftigt ist? Lass ein paar Wochen vor dem Termin ab und zu den anderen Elternteil oder Oma oder Opa das Abendritual machen, genau so, wie dein Kind es kennt. Erst gemeinsam, dann abwechselnd. So verliert dein Kleinkind rund um die Geburt nicht plötzlich seine vertraute Abendbegleitung. Protest am Anfang ist ganz normal.

empty-house-when-your-child-is-at-the-other-home =
    .title = Stille Wohnung, wenn dein Kind beim anderen Elternteil ist
    .body = Ist dein Kind ein paar Tage beim anderen Elternteil, und die Wohnung wirkt plötzlich leer? Das Vermissen ist normal, auch wenn du die Ruhe genießt. Ruf nicht ständig an; ein kurzer, fester Gute-Nacht-Moment ist für dein Kind ruhiger. Plan etwas für dich: schlafen, Sport, Freunde treffen. So darf dein Kind dort unbeschwert sein und weiß, dass du wieder da bist, wenn es zurückkommt.

a-suitcase-in-the-hall =
    .title = Ein Koffer im Flur
    .body = Kommt der Koffer heraus, für eine Reise, einen Krankenhausaufenthalt oder ein Wochenende weg? Viele Kleinkinder verstehen sofort, dass jemand geht, und werden anhänglich. Sag also laut, wer geht und wer bleibt: „Das ist Papas Koffer. Er ist drei Nächte weg, und du bleibst mit mir zu Hause.“ Fahrt ihr alle zusammen? Dann lass dein Kind selbst etwas in den Koffer legen.

may-i-hold-the-baby =
    .title = „Darf ich das Baby halten?“
    .body = Will dein Kleinkind das neue Baby auch mal halten? Setz es auf den Boden oder tief ins Sofa, ein Kissen unter dem Arm, und leg ihm das Baby auf den Schoß, während deine Hände Köpfchen und Körper weiter stützen. Sag, was du siehst: „Sie schaut dich an. Du hältst deine kleine Schwester.“ Halte es kurz; hör auf, sobald einer unruhig wird. So fühlt sich dein Kleinkind groß und ernst genommen.

a-goodbye-that-keeps-stretching =
    .title = Noch ein Küsschen, und noch eins…
    .body = Wird der Abschied in der Kita oder beim Babysitter immer länger: noch ein Küsschen, noch eine Umarmung, noch einmal winken? Legt eine feste Zahl fest und zählt laut: „Zwei Küsschen und eine Umarmung. Eins, zwei… drück. Tschüss!“ Dann geh wirklich. Ein Abschied mit klarem Ende ist für dein Kind leichter als einer, der immer neu beginnt. Trotzdem Tränen? Dann übernimmt die Bezugsperson.

tell-where-you-were-today =
    .title = Erzähl, wo du heute warst
    .body = Frag beim Wiedersehen nach einem Arbeitstag nicht nur nach dem Tag deines Kindes, sondern erzähl kurz von deinem: „Ich war bei der Arbeit. Ich saß an einem großen Tisch, und beim Mittagessen habe ich an dich gedacht.“ So ist dein Weggehen kein schwarzes Loch, sondern einfach ein Ort, an dem du warst. Und dein Kind hört, dass du an es gedacht hast. Vielleicht fragt es morgen selbst: „Arbeit?“

big-sibling-starts-school =
    .title = Das große Geschwisterkind kommt in die Schule
    .body = Kommt ein älteres Geschwisterkind in die Grundschule, und dein Kleinkind fragt den ganzen Vormittag „Sem?“? Nimm es beim Bringen und Abholen mit zum Schultor und lass es winken. Sag, was du siehst: „Du vermisst Sem. Sem ist in der Schule; nach dem Essen holen wir ihn ab.“ Lass das Große nach der Schule etwas erzählen oder zeigen. So gehört der Abschied voneinander einfach zu eurem Tag.

a-worry-about-childcare-raise-it =
    .title = Ein ungutes Gefühl bei der Kita?
    .body = Hast du beim Abholen etwas gesehen, das dich nicht loslässt, etwa ein Kind, das lange allein weinte, einen harten Ton? Lass es nicht gären. Bitte noch diese Woche um ein Gespräch mit der Bezugsperson oder Leitung und sag, was du gesehen hast, ohne gleich zu urteilen: „Ich habe das gesehen. Was war da los?“ Oft gibt es eine Erklärung, sonst tut sich etwas. Du bist dort die Stimme deines Kindes.

when-visiting-family-fly-home =
    .title = Wenn der Besuch aus der Ferne wieder abreist
    .body = War wochenlang Familie von weit her da, und ist jetzt wieder abgereist? Dein Kleinkind vermisst sie vielleicht, ohne es sagen zu können: Es sucht im Gästezimmer, ist quengelig, schläft unruhig. Sag, was du siehst: „Du suchst Oma. Oma sitzt im Flugzeug nach Hause.“ Lass Omas Strickjacke oder ein Foto noch liegen. Eine feste Zeit zum Telefonieren hilft euch beiden durch die erste Woche.

toddler-wants-to-be-the-baby-again =
    .title = Will dein Kleinkind wieder Baby sein?
    .body = Will dein Kleinkind seit der Geburt plötzlich wieder eine Flasche, getragen werden oder in den Kinderwagen, oder redet es wie ein Baby? Das ist ganz normal. Spiel ab und zu mit: „Komm her, mein großes Baby“, ein paar Minuten wiegen, dann wieder groß. Dein Kind testet dich nicht, es prüft, ob bei dir noch Platz ist. Ein Kind, das sich dessen sicher ist, wird von selbst wieder groß.

a-few-nights-at-the-grandparents =
    .title = Ein paar Nächte bei Oma und Opa
    .body = Übernachtet dein Kleinkind ein paar Tage bei Oma und Opa, weil ihr weg müsst oder Ruhe braucht? Wenn du die Wahl hast, halte es kurz: Für ein Kind in diesem Alter sind ein, zwei Nächte schon lang. Sag es so, dass dein Kind folgen kann: „Zweimal bei Oma schlafen, dann hole ich dich.“ Und komm wie versprochen. Danach besonders anhänglich? Ganz normal: Dein Kind prüft, ob du wirklich zurück bist.

calling-for-the-absent-parent-at-bedtime =
    .title = Beim Einschlafen ruft es nach dem, der fehlt
    .body = Ruft dein Kind beim Zubettgehen nach dem Elternteil, der nicht da ist, weil er im anderen Zuhause wohnt, arbeitet oder verreist ist? Red es nicht weg. Sag: „Du vermisst Mama. Mama denkt auch an dich. Morgen siehst du sie.“ Gebt ihrem Foto zusammen ein Küsschen, oder winkt dem Mond, „den Mama auch sieht“. Das Vermissen darf da sein, und du bleibst dabei, bis es nachlässt.

new-house-show-where-you-sleep =
    .title = Neue Wohnung: Zeig, wo du schläfst
    .body = Gerade umgezogen? In der neuen Wohnung weiß dein Kleinkind nachts noch nicht, wo du bist. Geht tagsüber ein paarmal zusammen von seinem Bett zu deinem, als Spiel: „Wo schläft Papa? Hier!“ Sag beim Zudecken: „Ich schlafe im Zimmer nebenan.“ Ruft dein Kind nachts, antworte und komm. Wer weiß, wo seine Menschen schlafen, für den wird die Nacht in einem fremden Haus kleiner.

say-who-picks-up-today =
    .title = Sag morgens, wer heute abholt
    .body = Holt heute jemand anders als sonst dein Kind ab, etwa Opa, die Nachbarin oder der andere Elternteil? Sag es morgens beim Bringen: „Heute holt dich Opa ab, nach dem Schlafen. Morgen komme ich wieder.“ Bitte die Bezugsperson, es am Nachmittag noch einmal zu sagen. Dann steht keine Überraschung an der Tür, sondern jemand, der angekündigt war. So wird auch ein ungewöhnlicher Tag vorhersehbar.

labels-at-family-gatherings =
    .title = „Was für ein Dickkopf“
    .body = Sagt ein Verwandter in Hörweite deines Kindes: „Die ist aber stur“ oder „Er ist immer so schwierig“? Dein Kind versteht mehr, als du denkst. Gib locker ein freundlicheres Wort zurück, so dass dein Kind es hört: „Sie weiß genau, was sie will.“ Oder: „Er ist müde, es war ein langer Tag.“ So hört dein Kind, wie du es siehst. Kinder glauben oft irgendwann, was sie über sich hören.

the-baby-can-wait-a-moment =
    .title = Manchmal darf das Baby kurz warten
    .body = Muss dein Kleinkind ständig warten, weil das Baby trinken will oder eine frische Windel braucht? Wähl heute bewusst einen Moment, in dem das Baby, frisch gefüttert und sicher in der Wiege oder auf der Decke, kurz wartet: „Baby, warte kurz, erst helfe ich deiner großen Schwester.“ Ein Baby kann kurz meckern, und dein Kleinkind hört: Auch ich komme mal zuerst dran.

will-you-look-after-this-for-me =
    .title = „Passt du für mich darauf auf?“
    .body = Bist du ein paar Tage weg? Gib deinem Kleinkind etwas von dir zum Aufpassen: eine alte Mütze oder ein T-Shirt, das nach dir riecht. „Bewahrst du das für mich auf? Wenn ich zurück bin, hole ich es bei dir ab.“ So wird deine Rückkehr etwas, auf das man warten kann, mit etwas Echtem in der Hand. Und wenn du zurück bist: „Hast du meine Mütze noch? Danke, dass du darauf aufgepasst hast!“

stepchildren-for-the-weekend =
    .title = Bonuskinder am Wochenende
    .body = Kommen die Kinder deines Partners oder deiner Partnerin jedes zweite Wochenende, und das Haus ist plötzlich voll? Halte für dein Kleinkind ein paar Dinge wie unter der Woche: das eigene Bett, den eigenen Becher, das Schlaflied mit dir. Sag vorher, wer kommt: „Morgen kommen Noor und Daan.“ Dann ist das volle Haus ein Fest, kein Überfall, und dein Kleinkind behält seinen Platz.

one-family-visit-a-day-at-the-holidays =
    .title = Feiertage: ein Familienbesuch pro Tag
    .body = Stehen an Weihnachten, zum Zuckerfest oder an Neujahr drei Familienbesuche an einem Tag an? Wähl für dein Kleinkind lieber einen aus, und lass den Mittagsschlaf zu Hause oder am gewohnten Ort stattfinden. Ein Kind in diesem Alter ist schnell überreizt von Haus um Haus und Gesicht um Gesicht. Die Familie ist enttäuscht? „Wir kommen gern, aber ein Haus am Tag ist, was er schafft.“

gentle-hands-with-the-baby =
    .title = So viel Liebe, so fest: sanfte Hände beim Baby
    .body = Will dein Kleinkind das Baby knuddeln, aber so fest, dass du erschrickst: drücken, schubsen, an einem Füßchen ziehen? Meist ist es Liebe mit zu viel Kraft. Leg deine Hand auf seine und streichelt zusammen: „So, sanft über ihr Bein.“ Fest drücken darf es eine Puppe oder ein Kissen. Bleib dabei, solange die beiden zusammen sind. Sanftheit lernt dein Kind von deinen Händen, nicht durch Verbote.

keep-talking-about-who-died =
    .title = Erzähl weiter von dem, der gestorben ist
    .body = Ist Opa, Oma oder ein anderer lieber Verwandter gestorben? Sprich weiter über ihn, auch mit deinem Kleinkind: „Dieses Lied hat Opa dir immer vorgesungen.“ Singt es zusammen oder schaut ein Foto an: „Das ist Opa. Opa ist gestorben, und wir vermissen ihn.“ So bleibt dieser Mensch Teil der Geschichte deines Kindes, auch wenn es sich später kaum erinnern wird. Und du darfst dabei traurig sein.

a-first-friend-at-childcare =
    .title = Ein erster Freund in der Kita
    .body = Nennt dein Kind immer wieder einen Namen aus der Kita, oder will es laut Bezugsperson immer neben demselben Kind sitzen? Frag neugierig nach und verabrede dich mal mit diesem Kind und seinen Eltern auf dem Spielplatz. Eine erste Vorliebe für ein Kind ist ein schöner Anfang von Freundschaft und wächst aus der Sicherheit, die dein Kind bei dir spürt. Spielen heißt jetzt oft nebeneinander; prima.

speak-warmly-about-the-other-home =
    .title = Sprich warm über das andere Zuhause
    .body = Lebt dein Kind auch beim anderen Elternteil? Häng auf Kinderhöhe ein Foto deines Kindes mit diesem Elternteil auf und sprich freundlich darüber: „Da ist Papa. Bei Papa hast du einen blauen Becher, oder?“ Auch wenn es zwischen euch hakt. Dann muss dein Kind nicht fühlen, dass es einen von euch weniger lieben darf. Schwer? Sprich mit jemandem, dem du vertraust, nicht vor deinem Kind.

tell-the-baby-about-the-big-one =
    .title = Erzähl dem Baby vom Großen
    .body = Redest du mit dem neuen Baby? Lass dein Kleinkind hören, wie stolz du auf es bist: „Schau, Baby, das ist deine große Schwester. Sie klettert schon allein die Treppe hoch, und sie kennt alle Lieder.“ Ein Kleinkind, das hört, wie du über es sprichst, fühlt sich gesehen, gerade jetzt, wo das Baby viel Aufmerksamkeit bekommt. Es kostet nichts extra: Du redest ja sowieso mit dem Baby.

make-a-welcome-home-drawing =
    .title = Zusammen ein Willkommen vorbereiten
    .body = Kommt der verreiste Elternteil morgen nach Hause? Bereite heute mit deinem Kleinkind ein Willkommen vor: ein Bild an die Tür, Blumen aus dem Garten in ein Glas, die Hausschuhe bereitstellen. Sag dazu: „Noch einmal schlafen, dann kommt Papa.“ So wird Warten etwas, das ihr zusammen macht, und dein Kind weiß: Das Vermissen ist bald vorbei. Bei der Ankunft kurz schüchtern? Normal; gib ihm Zeit.

the-week-in-pictures =
    .title = Die Woche in Bildern
    .body = Ist die Woche deines Kindes ein Puzzle: zwei Tage Kita, ein Tag bei Oma, ein Tag zu Hause? Mach einen Streifen mit sieben Feldern und einem Foto oder Bild pro Tag: das Kita-Gebäude, Omas Gesicht, euer Haus. Schaut ihn jeden Morgen zusammen an: „Heute ist ein Oma-Tag.“ Ein Kind von fast zwei versteht so ein Bild besser als „Mittwoch“. Für ein Kleinkind heißt vorhersehbar sicher.

walk-past-the-new-playgroup =
    .title = Bald in die Spielgruppe? Geht mal daran vorbei
    .body = Kommt dein Kind bald, etwa ab zwei, in die Spielgruppe (peuterspeelzaal) oder die Vorschule (voorschool)? Geh oder fahr in den Wochen davor ein paarmal daran vorbei. Schaut zusammen durch den Zaun auf den Sandkasten und die Kinder: „Da spielst du bald.“ Frag, ob ihr einmal zusammen hineinschauen dürft. Ein Ort, den dein Kind schon von außen kennt, fühlt sich am ersten Tag weniger fremd an.

second-birthday-everyone-sings =
    .title = Alle singen, und dein Kind versteckt sich
    .body = Wird dein Kind bald zwei, und kommt Besuch, der gleich im Chor singen wird? Viele Kleinkinder finden all die Blicke auf sich aufregend: Sie verstecken das Gesicht oder krabbeln weg. Das ist keine Undankbarkeit. Nimm dein Kind beim Singen auf den Schoß, lass es wegschauen, und pustet die Kerzen zusammen aus, oder eben nicht. Das Fest ist für dein Kind, nicht für das Foto.


first-word-was-not-your-name =
    .title = Das erste Wort war nicht dein Name?
    .body = War das erste Wort deines Kindes „Katze“, „Auto“ oder der Name eines anderen, und nicht deiner? Das kann kurz wehtun, und das darf es. Welches Wort zuerst kommt, sagt nichts darüber, wen dein Kind am meisten liebt: Oft ist es einfach ein leichter Laut oder etwas, das es oft sieht. Freu dich heute über jedes Wort. Dein Name kommt auch, vielleicht gerade dann, wenn du es nicht erwartest.

cant-sing-say-the-rhyme =
    .title = Singen ist nicht dein Ding? Dann sprich es
    .body = Fühlst du dich beim Singen unwohl, oder kennst du kaum Kinderlieder? Dann musst du nicht singen. Sag heute einen kurzen Reim mit viel Rhythmus auf und klopf den Takt sanft auf das Knie deines Kindes. Oder summ eine Melodie. Für dein Kind zählen Rhythmus und deine Stimme, nicht wie schön es klingt. Kein Reim parat? Erfinde einen: „Jacke an und Schuh dazu, raus geht’s jetzt, ich und du.“

reading-while-they-wander =
    .title = Dein Kind läuft beim Vorlesen weg?
    .body = Läuft dein Kind nach einer Seite schon wieder vom Buch weg? Lies heute einfach weiter, das Buch offen auf dem Boden. Viele Kleinkinder hören im Herumlaufen zu und kommen für ein Bild zurück, das sie mögen. Das Buch muss nicht zu Ende gelesen werden, und stillsitzen muss niemand: Kurz zusammen schauen ist auch Vorlesen. Lange auf dem Schoß sitzen kommt bei vielen Kindern erst später.

video-call-toddler-runs-off =
    .title = Videoanruf mit Oma und Opa, und dein Kind läuft weg
    .body = Wollen Oma und Opa per Video anrufen, aber dein Kind läuft nach zehn Sekunden weg? Nimm das Handy mit dorthin, wo dein Kind spielt, damit sie zuschauen und reagieren können: „Was baust du denn da?“ Oder lass dein Kind ein Kuscheltier oder seinen Turm in die Kamera halten. Anders als bei einem Filmchen reagiert hier wirklich jemand auf dein Kind. Fünf schöne Minuten reichen.

at-your-limit-with-a-toddler =
    .title = Am Ende deiner Kräfte? Mach eine sichere Pause
    .body = Kurz vorm Explodieren? Schüttle oder schlag dein Kind nie. Bring es an einen sicheren Ort, etwa ins Laufgitter oder Bettchen, und sag: „Ich muss kurz runterkommen. Bin gleich wieder da.“ Geh kurz in einen anderen Raum, atme lang aus oder ruf jemanden an. Die Pause ist Fürsorge, kein Versagen. Geh zurück, wenn du ruhiger bist. Passiert das oft? Sag es dem Consultatiebureau (Kinderberatungsstelle).

pots-and-pans-band =
    .title = Ein Orchester aus Töpfen und Löffeln
    .body = Stell heute ein paar Töpfe umgedreht auf den Boden und gib deinem Kind einen Holzlöffel. Trommle selbst einen kurzen Rhythmus, hör auf und warte: Jetzt ist dein Kind dran. Wechselt euch ab, mal laut, mal ganz leise. Abwechselnd Geräusche machen ist ein Gespräch ohne Worte, und dein Kind merkt, dass du auf es wartest. Zu viel Krach? Ein Kissen ist eine prima leise Trommel.

book-brought-while-you-cook =
    .title = Ein Buch, gerade wenn du kochst
    .body = Kommt dein Kind mit einem Buch, während du kochst? Setz es mit dem Buch auf den Boden oder einen Hocker in der Nähe, mit sicherem Abstand zum Herd, und lass es dir die Bilder zeigen. Sag zwischen dem Umrühren, was du siehst: „Ein Feuerwehrauto! Was macht es?“ So merkt dein Kind, dass es zählt, auch wenn du beschäftigt bist. Nach dem Essen lest ihr das Buch zusammen, auf dem Schoß.

not-enjoying-today-is-allowed =
    .title = Heute genießt du es nicht? Das darf sein
    .body = Alle sagen, du sollst jeden Moment genießen, aber heute ist es vor allem anstrengend und langweilig? Das darf sein. Sag es laut zu einem Erwachsenen, dem du vertraust: „Heute finde ich es schwer.“ Ohne gleich „aber ich liebe mein Kind so sehr“ hinterherzuschieben. Es nicht zu genießen heißt nicht, dass du es schlecht machst. Morgen ist bestimmt wieder ein schöner Moment dabei.

what-do-you-hear-listening =
    .title = Pst… was hörst du?
    .body = Bleib heute draußen oder am offenen Fenster kurz stehen, leg die Hand hinters Ohr und flüstere: „Pst… was hörst du?“ Wartet zusammen. Ein Vogel, ein Roller, ein bellender Hund: Sag, was es ist, und schaut zusammen, woher es kommt. Gemeinsam lauschen heißt, gemeinsam auf etwas zu achten, und dein Kind bekommt Wörter für Geräusche. Morgen drinnen: die Waschmaschine, die Türklingel.

pointing-and-whining-give-the-word =
    .title = Zeigt und ruft dein Kind? Gib das Wort dazu
    .body = Zeigt dein Kind mit „äh, äh!“ auf den Becher auf der Küchenzeile? Gib ihm das Wort und den Becher: „Wasser? Du möchtest Wasser. Hier ist dein Wasser.“ Lass es das Wort nicht erst selbst sagen müssen. So merkt dein Kind, dass Fragen sich lohnt, und hört genau das Wort, das es gesucht hat. Wörter kommen, wenn man sie oft im richtigen Moment hört, nicht, wenn man sie sich verdienen muss.

doesnt-look-up-when-you-call =
    .title = Dein Kind schaut nicht auf, wenn du rufst?
    .body = Dreht sich dein Kind oft nicht um, wenn du rufst, nicht mal bei „Keks!“? Oder brabbelt es seit einer Erkältung weniger? Ins Spiel vertieft hört ein Kleinkind dich manchmal nicht; das ist normal. Achte heute darauf: Flüstere hinter ihm etwas Schönes oder mach leise Musik an. Kommen Geräusche oft nicht an? Frag das Consultatiebureau (Kinderberatungsstelle) nach dem Gehör. Sprechen beginnt mit Hören.

video-just-before-bedtime =
    .title = Ein Video kurz vor dem Schlafen?
    .body = Schaut dein Kind kurz vor dem Schlafen ein Video, und dauert das Einschlafen danach lange, oder ist Ausschalten ein täglicher Kampf? Verleg das Video heute vor das Abendessen. Die letzte halbe Stunde vor dem Bett gehört dann euch: Baden, Buch, ein Lied auf dem Schoß. Nach schnellen Bildern finden viele Kinder schwer Ruhe; deine Stimme hilft beim Abschalten. Nicht immer? Die meisten Abende zählen.

picture-book-in-your-own-words =
    .title = Ein Bilderbuch in deinen eigenen Worten
    .body = Ist Niederländisch nicht deine Sprache, oder gibt es kaum Bücher in deiner Sprache? Du musst den Text nicht vorlesen. Erzähl heute zu den Bildern in deinen eigenen Worten und deiner eigenen Sprache: „Schau, der Bär sucht seine Mama.“ Für dein Kind zählen deine Stimme und die Geschichte zwischen euch. Frag in der Bibliothek auch mal nach Büchern in deiner Sprache.

low-mood-in-the-second-year =
    .title = Niedergeschlagen, auch jetzt, wo dein Kind größer ist?
    .body = Trübe Stimmung oder Angst können auch später kommen, bei jedem Elternteil. Fühlst du dich seit zwei Wochen oder länger grau, gereizt, ängstlich oder leer, und freut dich kaum noch etwas? Sag es diese Woche deinem Hausarzt (huisarts) oder dem Consultatiebureau (Kinderberatungsstelle). Das passiert vielen Eltern und ist niemandes Schuld. Mit Hilfe wird es meist leichter; darum zu bitten ist stark.

their-name-not-only-for-no =
    .title = Hört dein Kind seinen Namen vor allem beim „Nein“?
    .body = „Sam, nein!“ „Sam, nicht anfassen!“ Hört dein Kind seinen Namen vor allem, wenn etwas schiefläuft? Dann klingt er bald wie eine Warnung. Sag den Namen heute oft in warmem Ton, ohne dass etwas sein muss: „Sam! Da bist du ja.“ „Sam, wie schön du lachst.“ So hört dein Kind, dass sein Name zu etwas Schönem gehört: zu ihm selbst, wie es ist. Warnen darfst du, aber mach den Namen nicht zum Alarm.

a-weekly-hour-of-your-own =
    .title = Eine feste Stunde pro Woche, die dir gehört
    .body = Plan heute einen festen Termin in der Woche, der nur dir gehört: Sport, Singen im Chor, ein Kurs, ein Spaziergang mit einer Freundin oder einem Freund. Sprich ab, wer sich dann um dein Kind kümmert, und trag es in den Kalender ein wie einen Termin. Etwas, auf das du dich freust, lädt dich mehr auf als gestohlene Minuten. Und dein Kind hat etwas von einem Elternteil, der auch etwas Eigenes hat.

compare-with-three-months-ago =
    .title = Vergleich mit vor drei Monaten
    .body = Hast du heute ein anderes Kind gesehen, das schon mehr sagt oder kann, und jetzt nagt es an dir? Such heute Abend ein Video oder Foto deines eigenen Kindes von vor drei Monaten. Schau, was seitdem alles dazugekommen ist, und sag es morgen deinem Kind: „Du kletterst jetzt allein aufs Sofa!“ Jedes Kind wächst in seinem Tempo. Noch unsicher? Frag einfach im Consultatiebureau (Kinderberatungsstelle).

your-language-out-loud-in-public =
    .title = Deine Sprache, auch auf dem Spielplatz
    .body = Wechselst du draußen ins Niederländische oder sprichst leiser, weil du dich beobachtet fühlst? Sprich heute auf dem Spielplatz und im Laden einfach deine eigene Sprache mit deinem Kind, in deinem normalen Ton. So hört dein Kind, dass deine Sprache überall klingen darf, und du klingst wie du selbst. Fragt jemand danach? „Wir sprechen zu Hause zwei Sprachen“ genügt.

books-within-reach =
    .title = Bücher in Reichweite
    .body = Stell heute ein paar feste Pappbücher in einen niedrigen Korb oder auf ein niedriges Regal, mit dem Cover nach vorn. So kann dein Kind selbst wählen und dir eins bringen, wann es Lust hat. Ein Buch bringen wird dann zur Einladung: Setzt du dich zu mir? Tausch jede Woche ein paar Bücher aus. Empfindliche Klappenbücher dürfen weiter oben stehen, für gemeinsame Momente.

your-own-postponed-appointment =
    .title = Der Termin für dich selbst: mach ihn heute
    .body = Schiebst du seit der Ankunft deines Kindes deinen eigenen Termin beim Zahnarzt, Hausarzt oder Physiotherapeuten vor dir her? Ruf heute an und vereinbare ihn, und kläre gleich, wer sich dann um dein Kind kümmert. Schmerzen, schlechter Schlaf oder Sorgen um deinen Körper kosten Geduld, und die braucht dein Kind auch. Für dich sorgen heißt also auch, für dein Kind zu sorgen.

every-animal-is-a-dog =
    .title = Jedes Tier ist ein Hund? Sag es richtig zurück
    .body = Nennt dein Kind jedes Tier mit vier Beinen „Hund“ oder jedes Auto „Bus“? Das ist klug: Es nutzt, was es schon weiß. Sag heute nicht „nein, falsch“, sondern gib das richtige Wort dazu: „Ja, vier Beine, wie ein Hund! Das ist eine Kuh. Muh!“ So bleibt Sprechen schön, und dein Kind hört das richtige Wort genau im passenden Moment. Gut zurücksagen wirkt besser als nachsprechen lassen.

home-late-child-asleep =
    .title = Spät zu Hause, und dein Kind schläft schon?
    .body = Bist du heute erst heimgekommen, als dein Kind schon schlief? Schau kurz ins Schlafzimmer und erzähl es morgen früh: „Ich war gestern Abend noch bei dir. Du hast ganz tief geschlafen.“ So weiß dein Kind, dass du da warst, auch als es schlief. Ab und zu das Zubettbringen zu verpassen, macht nichts kaputt. Oft zu spät? Dann mach das Frühstück zu eurem festen Moment.

toddler-asks-for-a-song =
    .title = Dein Kind wünscht sich ein Lied
    .body = Kreist dein Kind mit den Händen oder klatscht es und schaut dich erwartungsvoll an? Vielleicht wünscht es sich ein Lied. Rate laut: „Möchtest du ‚Die Räder vom Bus‘?“ und sing es sofort. Mal heute ein paar Liederkarten dazu: einen Bus, eine Spinne, eine Ente. Dann kann dein Kind zeigen, was es hören möchte. So merkt es: Ich kann mir etwas wünschen, und du verstehst mich.

torn-page-mend-together =
    .title = Seite zerrissen? Zusammen kleben
    .body = Hat dein Kind eine Seite aus einem Buch gerissen? Sag ruhig, was passiert ist: „Oh, die Seite ist kaputt. Die reparieren wir.“ Hol Klebeband und lass dein Kind helfen: das Stück festhalten, das Klebeband andrücken. So lernt dein Kind, dass etwas Kaputtes wieder gut werden kann, und das nicht nur bei Büchern. Besondere Bücher dürfen eine Weile höher stehen.

threatened-to-leave-without-them =
    .title = „Ich geh ohne dich!“ Nimm es zurück
    .body = Hast du auf dem Spielplatz gerufen: „Ich geh jetzt, dann bleibst du eben hier!“, und ist dein Kind in Panik zu dir gerannt? So eine Drohung wirkt schnell, weil dein Kind Angst hat, dich zu verlieren. Nimm sie heute zurück: „Ich wollte nicht wirklich gehen. Ich lasse dich nie zurück.“ Sag nächstes Mal, was stimmt: „Ich hol dich jetzt, dann gehen wir zusammen.“ So wird dein Weggehen nie zur Strafe.

say-thank-you-to-your-toddler =
    .title = Sag deinem Kind mal Danke
    .body = Gibt dir dein Kind einen Stein, einen Bauklotz oder deine Schlüssel? Sag heute ein herzliches „Danke!“ und bitte es selbst mit „Magst du…?“ und „bitte“. Frag nicht ständig „Wie sagt man?“. Kinder lernen Höflichkeit vor allem daraus, wie mit ihnen selbst gesprochen wird, und dein Kind fühlt sich so als echter Gesprächspartner. Vielleicht hörst du bald von selbst ein kleines „Danke“.

evening-scrolling-instead-of-sleep =
    .title = Abends noch endlos scrollen?
    .body = Schläft dein Kind endlich, und scrollst du danach bis spät am Handy, weil das deine einzige Zeit für dich ist? Sehr verständlich. Leg das Handy heute Abend zu einer festen Zeit weg, außerhalb des Schlafzimmers, und mach noch eine Sache für dich ohne Bildschirm: duschen, ein Buch, ein Tee. Aus Schlaf wird Geduld gemacht. Ein früherer Abend diese Woche ist schon ein Gewinn.

family-photos-who-is-that =
    .title = Wer ist das? Familienfotos
    .body = Hol heute Familienfotos hervor, oder häng ein paar tief an den Kühlschrank. Zeig und erzähl: „Das ist Oma, sie wohnt weit weg. Und schau, das bin ich, als ich so klein war wie du!“ So lernt dein Kind, wer zu euch gehört, auch wenn jemand weit weg wohnt. Vielleicht bringt dir dein Kind bald selbst das Album: „Wer das?“

saw-something-scary-on-a-screen =
    .title = Etwas Gruseliges auf dem Bildschirm gesehen?
    .body = Hat dein Kind etwas Gruseliges gesehen: die Nachrichten, den Film älterer Geschwister, ein Video, das anders lief als gedacht? Das passiert in jeder Familie. Mach ruhig aus, nimm dein Kind zu dir und sag, was es sah: „Das war ein lauter Knall. Da hast du dich erschreckt. Du bist bei mir.“ Echt und ausgedacht trennen Kleinkinder noch kaum. Nachrichten lieber, wenn es schläft, oder mit Kopfhörern.

your-voice-instead-of-the-speaker =
    .title = Deine Stimme statt Lautsprecher
    .body = Laufen Kinderlieder bei euch oft aus dem Lautsprecher oder Tablet? Schalte sie heute einmal aus und sing eins dieser Lieder selbst, dein Kind auf dem Schoß. Ein Lautsprecher singt einfach weiter; du kannst warten, langsamer werden, die Stelle wiederholen, über die dein Kind lacht, und du siehst sein Gesicht. So wird ein Lied etwas, das euch gehört. Schön singen musst du nicht.

restart-a-bad-morning =
    .title = Verpatzter Morgen? Fang den Tag neu an
    .body = Erst zehn Uhr, und schon ging alles schief: Tränen, verschüttete Milch, eine kurze Zündschnur bei dir? Drück heute den Neustartknopf. Geh zehn Minuten mit deinem Kind raus, iss etwas, mach Musik an und sag laut: „Komm, wir fangen nochmal an.“ Um zehn ist ein Tag noch lange nicht verloren, und dein Kind sieht, dass ein holpriger Start sich wenden kann. Um vier wieder ein Neustart nötig? Auch gut.

parenting-questions-at-the-clinic =
    .title = Erziehungsfragen? Auch dafür ist das Consultatiebureau da
    .body = Kommst du mit etwas nicht weiter, das dein Kind tut, oder mit deiner eigenen Geduld? Das Consultatiebureau (Kinderberatungsstelle) ist nicht nur zum Wiegen, Messen und Impfen da; du kannst auch mit Erziehungsfragen hin, auch zwischen den Terminen. Schreib heute auf, was dich beschäftigt, und ruf an oder frag beim nächsten Besuch. Fragen ist kein Versagen: Gemeinsam hinschauen hilft oft.

voice-messages-with-grandparents =
    .title = Sprachnachrichten hin und her mit Oma und Opa
    .body = Wohnen Oma und Opa weit weg, vielleicht in einem anderen Land? Bitte sie um eine kurze Sprachnachricht mit einem Lied oder Reim in ihrer eigenen Sprache. Hör sie dir ein paarmal mit deinem Kind an. Nehmt dann zusammen eine Antwort auf: ein Wort, ein Lachen, ein Stück vom Lied. So geht wirklich etwas hin und her, und dein Kind hört die Stimmen und die Sprache der Familie öfter.

notice-your-anger-building =
    .title = Spür die Wut kommen, bevor du explodierst
    .body = Merkst du deine Wut oft erst, wenn du schon geschrien hast? Achte heute darauf, was dein Körper kurz davor macht: ein heißer Kopf, ein fester Kiefer, eine lautere Stimme. Wähl ein Stoppsignal für dich: Hände flach auf die Arbeitsplatte, einmal lang ausatmen, im Kopf „warte“. Je früher du es kommen spürst, desto mehr Raum hast du zu wählen. Doch ausgerastet? Wiedergutmachen zählt auch.

reading-side-by-side =
    .title = Nebeneinander lesen, jeder ein eigenes Buch
    .body = Nimm heute dein eigenes Buch oder eine Zeitschrift und setz dich aufs Sofa, mit einem kleinen Stapel Bücher für dein Kind neben dir. Jeder „liest“ eine Weile sein eigenes. Zeigt dir dein Kind ein Bild, schau wirklich auf und reagiere: „Oh, ein Elefant!“ Dann liest du weiter. Kinder machen gern nach, was Große gern tun, und du schaffst ein paar Seiten. Nur zwei Minuten? Zählt auch.

too-much-noise-for-you =
    .title = Macht dich der ganze Lärm verrückt?
    .body = Kreischen, Hämmern, eine Spielzeugtröte ohne Ende: Macht dich der Lärm am Abend fertig? Viele Eltern werden davon gereizt; das sagt nichts über deine Liebe. Such dir heute eine ruhigere Viertelstunde: Spielt draußen, wo sich Geräusche verlieren, räum das lauteste Quietschspielzeug eine Weile weg, oder trag dämpfende Ohrstöpsel, mit denen du dein Kind noch gut hörst. Ruhe im Kopf schafft Geduld.

two-languages-few-words-worry =
    .title = Zwei Sprachen zu Hause, und noch wenig Wörter?
    .body = Heißt es, zwei Sprachen verwirren ein Kind oder bremsen das Sprechen? Das stimmt nicht: Sagt ein Kind wenig, liegt das nicht an zwei Sprachen. Sprich also weiter deine Sprache. Viele Kinder kennen manche Wörter nur in einer Sprache: Zähl alle zusammen. Sag im Consultatiebureau (Kinderberatungsstelle), welche Sprachen ihr sprecht und welche Wörter dein Kind sagt. Sorgen? Frag einfach.

library-story-time-on-your-lap =
    .title = Zur Vorlesestunde, auf deinem Schoß
    .body = Gibt es in der Bibliothek bei dir in der Nähe eine Vorlesestunde für Kleinkinder? Geht einmal zusammen hin, dein Kind auf deinem Schoß oder neben dir. Viele Kleinkinder schauen zuerst nur zu, von diesem sicheren Platz aus. Läuft dein Kind herum oder will nach zehn Minuten gehen? Kein Problem, beim nächsten Mal klappt es oft besser. So wird Vorlesen etwas, das ihr auch mit anderen Kindern teilt.

laugh-the-tension-away =
    .title = Angespannter Nachmittag? Sei mal albern
    .body = Ist die Stimmung angespannt, mit einem bockigen Kleinkind und einem Elternteil mit kurzer Zündschnur? Versuch es anders: Watschel wie ein Pinguin ins Bad, sprich mit Piepsstimme, lass eine Socke „Hallo“ sagen. Zusammen lachen entspannt deinen Körper und den deines Kindes und löst oft einen festgefahrenen Moment. Ist dein Kind wirklich traurig? Dann geht Trösten vor.

blamed-them-wrongly =
    .title = Deinem Kind zu Unrecht die Schuld gegeben?
    .body = Dachtest du, dein Kind hätte den Becher umgeworfen oder die Pflanze gerupft, und dann war es der Hund, die große Schwester oder dein Ellbogen? Sag es einfach: „Ich dachte, du warst das, aber das stimmte nicht. Tut mir leid, dass ich sauer war.“ So ein Satz kostet nichts und lehrt viel: Auch Große irren sich, und Wiedergutmachen gehört dazu. Das macht dich nicht kleiner, eure Bindung aber stärker.

mixing-two-languages =
    .title = Zwei Sprachen durcheinander? Ganz normal
    .body = Mischt dein Kind Wörter aus zwei Sprachen in einem kleinen Satz? Ganz normal: Es nimmt das Wort, das es zuerst findet. Reagier heute auf das, was dein Kind meint, in deiner eigenen Sprache, und lass es nicht erst die „richtige“ Sprache wählen. So bleibt Sprechen etwas, das gelingt. Mit der Zeit finden die meisten Kinder von selbst heraus, wer welche Sprache spricht.

if-youre-happy-a-song-of-feelings =
    .title = Wenn du fröhlich bist… ein Lied voller Gefühle
    .body = Sing heute „Wenn du fröhlich bist, dann klatsche in die Hand“ und nimm mehr Gefühle dazu: Bist du wütend, stampf mit dem Fuß; bist du traurig, sag „buhuhu“; hast du Angst, kuschel dich an mich. Mach es groß vor, mit dem ganzen Gesicht. So spielt dein Kind in einem sicheren Moment mit Gefühlen und bekommt Wörter und Gesten dafür. Erfindet dein Kind selbst eine Strophe? Sing mit.

your-toddler-is-listening-in =
    .title = Dein Kind hört mit
    .body = Erzählst du am Telefon, wie anstrengend dein Kind heute war, während es neben dir spielt? Kleinkinder verstehen oft viel mehr, als sie sagen können. Heb die schweren Geschichten auf, bis dein Kind schläft. Erzähl jetzt, gut hörbar, etwas, das geklappt hat: „Weißt du, was heute gut lief? Den ganzen Weg zum Bäcker selbst gelaufen!“ So hört dein Kind, dass du siehst, was ihm gelingt.

hearing-your-parents-in-your-voice =
    .title = Hörst du deine Eltern in deiner Stimme?
    .body = Hast du dich etwas sagen hören, das dein Vater oder deine Mutter früher sagte und das du nie sagen wolltest? Das passiert vielen Eltern, vor allem müde. Wähl heute Abend den Satz, den du nächstes Mal sagen willst, und häng ihn auf einem Zettel an den Kühlschrank: „Ich helf dir“ statt „Jetzt mach schon!“ Dann ist er parat. Belastet dich eine schwere Kindheit? Sprich mit deinem Hausarzt (huisarts).

tell-each-other-what-went-well =
    .title = Sagt euch, was gut lief
    .body = Sagt ihr euch als Eltern vor allem, was besser laufen könnte: „Du hast die Windeln vergessen“ oder „Sie sollte doch keinen Keks mehr“? Sag dem anderen Elternteil heute Abend eine Sache, die du gut laufen sahst: „Wie ruhig du bei dem Wutanfall geblieben bist.“ Gesehen werden macht Mut; Eltern, die sich stützen, geben Kindern Ruhe. Allein erziehend? Frag jemanden, der dich kennt, was du gut machst.

looking-at-phone-photos-together =
    .title = Zusammen Fotos auf dem Handy anschauen
    .body = Ist dein Handy voller Fotos vom Wochenende? Setzt euch heute zusammen und wischt langsam durch ein paar Bilder: „Schau, da bist du bei den Ziegen. Was hat die Ziege gemacht?“ Lass dein Kind mitzeigen und miterzählen, mit einem Wort oder einem Laut. Gemeinsam zurückschauen hilft deinem Kind, eine Geschichte daraus zu machen. Danach kommt das Handy wieder weg.

a-book-about-their-big-interest =
    .title = Verrückt nach Baggern? Such ein Buch darüber
    .body = Ist dein Kind ganz vernarrt in Bagger, Pferde oder Müllautos? Such in der Bibliothek ein Buch mit echten Fotos davon und taucht zusammen ein. Lass dein Kind erzählen und lern die Wörter mit: die Schaufel, die Kette, der Kran. Mitgehen mit dem, was dein Kind fasziniert, sagt: Was du toll findest, ist mir wichtig. Ehe du dich versiehst, bist du auch Experte.

a-promise-you-cannot-keep =
    .title = Ein Versprechen, das platzt
    .body = Hattest du den Spielplatz nach dem Mittagsschlaf versprochen, und jetzt geht es doch nicht? Sag es ehrlich und kurz: „Ich hatte Spielplatz gesagt. Jetzt geht es nicht, und das ist schade. Morgen früh gehen wir.“ Lass die Enttäuschung da sein, und geh morgen wirklich. Vertrauen wächst nicht daraus, dass nie etwas schiefgeht, sondern aus Ehrlichkeit und Wiedergutmachen.

chatty-at-home-quiet-at-childcare =
    .title = Zu Hause gesprächig, in der Kita still?
    .body = Sagt dein Kind zu Hause immer mehr in deiner Sprache, ist in der Kita aber vor allem still? Viele Kinder, die eine neue Sprache lernen, schauen und hören erst eine Weile zu, bevor sie sie selbst sprechen. Frag heute, wie sich dein Kind dort verständlich macht: zeigen, mitsingen, mitspielen? Sprich zu Hause einfach deine Sprache weiter. Unsicher? Frag im Consultatiebureau (Kinderberatungsstelle).

watching-a-video-together =
    .title = Schaut dein Kind ein Video? Schau mit
    .body = Machst du deinem Kind manchmal ein kurzes Video an? Setz dich heute daneben und schau mit. Sprich über das, was ihr seht: „Der Hund springt! Genau wie du.“ Vereinbart vorher: „Ein Video, dann geht es aus“, und macht es zusammen aus, mit einem Winken: „Tschüss, Video!“ Zusammen schauen macht es zu etwas Gemeinsamem, und ein angekündigtes Ende bringt weniger Kampf.

say-out-loud-how-you-handle-a-setback =
    .title = Sag laut, wie du mit einem Missgeschick umgehst
    .body = Geht etwas schief, und dein Kind sieht zu: Die Milch kocht über, der Schlüssel ist weg? Sag laut, was in dir passiert und was du tust: „Oh, das ärgert mich. Tief durchatmen. Erst in die Jackentasche schauen.“ Dein Kind sieht, wie Große mit Pech umgehen, und bekommt Worte für eigene Gefühle und eine Idee, wie es weitergeht. Laut geworden? Sag auch das: „Das war laut, oder? Jetzt geht’s wieder.“

your-child-as-the-hero =
    .title = Dein Kind als Held der Geschichte
    .body = Erfinde heute eine ganz kurze Geschichte mit deinem Kind in der Hauptrolle: „Es war einmal ein Mädchen, das hieß Noor. Sie fand eine riesige Pfütze. Und was machte sie? Platsch!“ Nimm den Namen deines Kindes, Dinge, die es kennt, und ein gutes Ende. Eine Geschichte über sich selbst ist für ein Kleinkind das Spannendste überhaupt, und sie sagt: Du zählst. Morgen nochmal? Gern.

toddler-conducts-the-song =
    .title = Dein Kind ist der Dirigent
    .body = Sing heute ein bekanntes Lied und mach dein Kind zum Dirigenten. Gehen die Arme hoch, singst du laut; nach unten, flüsterst du; winkt dein Kind schnell, singst du schnell. Mach es erst einmal selbst vor. Dein Kind merkt, dass du folgst, was es zeigt, und das gibt ihm ein herrliches Gefühl, etwas bewirken zu können. Danach darfst du mal dirigieren.

partner-seems-low-for-weeks =
    .title = Ist der andere Elternteil seit Wochen bedrückt?
    .body = Ist dein Partner oder deine Partnerin seit Wochen still, gereizt oder bedrückt? Sag in einem ruhigen Moment ohne Vorwurf, was du siehst: „Du wirkst in letzter Zeit so müde und down. Wie geht es dir wirklich?“ Biete an, gemeinsam zum Hausarzt (huisarts) zu gehen. Das trifft viele Eltern, Mütter wie Väter, und ist niemandes Schuld; Hilfe zu suchen ist stark. Hol dir auch selbst Unterstützung.

toddler-answers-in-dutch =
    .title = Dein Kind antwortet auf Niederländisch?
    .body = Sprichst du deine eigene Sprache, und antwortet dein Kind immer öfter auf Niederländisch? Ganz normal, wenn es in der Kita viel Niederländisch hört. Sprich ruhig weiter deine Sprache und sag das Wort in deiner Sprache zurück, ohne es nachsprechen zu lassen. Mach deine Sprache vor allem schön: Lieder, Geschichten, Anrufe bei der Familie. Zwang macht eine Sprache schwer; Freude hält sie lebendig.

others-cant-understand-your-child =
    .title = Andere verstehen dein Kind nicht? Übersetz kurz
    .body = Erzählt dein Kind Oma oder der Nachbarin was, und sie schaut dich ratlos an? Übersetz kurz, mit deinem Kind statt über es: „Du sagst, der Hund ist weggelaufen! Stimmt, oder?“ So bleibt Sprechen ein Erfolg, und die andere versteht, was dein Kind meint. Viele Kleinkinder sind für andere noch schwer zu verstehen; das ist normal. Sorgen ums Sprechen? Frag im Consultatiebureau (Kinderberatungsstelle).

talk-to-yourself-like-a-friend =
    .title = Sprich mit dir wie mit einem Freund
    .body = Denkst du nach einem Fehler sofort „Ich mache alles falsch“? Frag dich, was du einem Freund sagen würdest, dem dasselbe passiert ist. Vermutlich: „Du warst völlig erschöpft, und danach hast du es wiedergutgemacht.“ Sag dir heute diesen Satz. Milde mit dir selbst ist nicht schwach: Sie gibt dir Kraft zum Wiedergutmachen, und dein Kind lernt von dir, wie man mit Fehlern umgeht.

toddler-reads-to-you =
    .title = Lass dir von deinem Kind vorlesen
    .body = Sitzt dein Kind manchmal allein brabbelnd über einem Buch? Tauscht heute die Rollen: Dein Kind hält das Buch und „liest“ vor, dir oder dem Kuscheltier, mit Lauten, kleinen Wörtern und viel Zeigen. Du bist das Publikum: „Oh! Und dann?“ Dein Kind zeigt, was es alles weiß, und Vorleser sein macht stolz. Die Geschichte darf anders laufen als im Buch.

let-the-other-parent-do-it-differently =
    .title = Anders ist nicht schlechter
    .body = Übernimmt dein Partner, deine Partnerin oder der andere Elternteil das Baden, Anziehen oder Zubettbringen? Dann geh wirklich kurz weg und verbessere nicht, außer es ist unsicher. Eine andere Art ist keine schlechtere. Dein Kind baut mit jedem eine eigene Bindung auf, gerade durch diesen eigenen Stil, und der andere gewinnt Selbstvertrauen. Und du hast zehn Minuten für dich.

holiday-with-a-toddler-is-not-rest =
    .title = Urlaub mit Kleinkind: Erwarte keine Erholung
    .body = Fühlt sich dein Urlaub vor allem an wie dieselbe Arbeit an einem fremden Ort, mit weniger Schlaf? Ganz normal mit einem Kleinkind. Schraub deine Erwartungen herunter: Ein Nachmittag ohne Programm ist auch Urlaub. Vereinbare mit deinen Mitreisenden, dass jeder abwechselnd einmal ausschläft oder eine Stunde allein unterwegs ist. Urlaub mit Kleinkind ist keine Kur, und das ist gut genug.

long-car-trip-songs-and-stops =
    .title = Lange Autofahrt? Lieder, Pausen und rausschauen
    .body = Steht eine lange Autofahrt an? Plan Pausen zum Rennen und Kuscheln ein, und pack eine kleine Tasche mit Büchern oder Spielsachen, die dein Kind eine Weile nicht gesehen hat. Singt unterwegs zusammen und spielt „Was sehe ich da?“: eine Kuh, ein Lastwagen, eine Brücke. So wird die Fahrt etwas, das ihr zusammen macht. Ein Video für einen Teil der Fahrt darf auch sein.

a-story-from-your-childhood =
    .title = Erzähl eine Geschichte aus deiner Kindheit
    .body = Erzähl heute ohne Buch eine ganz kurze, wahre Geschichte aus deiner Kindheit, in deiner eigenen Sprache: „Als ich klein war, hatten wir ein Huhn. Das ist einmal einfach in die Küche spaziert!“ Schau dein Kind an, nimm Hände und Stimme zu Hilfe. So hört dein Kind, woher es kommt. Will dein Kind morgen wieder „das Huhn“ hören? Dann hast du einen Klassiker.

threw-away-their-treasure =
    .title = Einen Schatz deines Kindes weggeworfen?
    .body = Hast du ein Blatt, einen Stock oder ein kaputtes Auto weggeworfen, und nun ist dein Kind untröstlich? Statt „Ist doch nur ein Stock“ sag lieber: „Das war dein schöner Stock, und ich habe ihn weggeworfen. Es tut mir leid.“ Hol ihn zurück, wenn möglich, oder sucht zusammen einen neuen. Frag künftig vorher: „Darf das weg, oder ist es ein Schatz?“ So merkt dein Kind: Seine Sachen zählen auch für dich.

toddler-says-a-rude-word =
    .title = Dein Kind sagt plötzlich ein Schimpfwort?
    .body = Kommt aus dem kleinen Mund plötzlich ein Fluch oder Schimpfwort, aufgeschnappt auf der Straße, in der Kita oder einfach zu Hause? Dein Kind weiß nicht, was es bedeutet, nur, dass es etwas auslöst. Reagier ruhig und kurz: „Das ist kein schönes Wort. Sag lieber: Potz Blitz!“ Großer Schreck oder lautes Lachen macht es erst spannend. Sag selbst oft das lustige Wort; das andere ist bald vergessen.

read-it-wrong-on-purpose =
    .title = Lies mal absichtlich falsch
    .body = Kennt dein Kind ein Buch gut? Sag heute absichtlich etwas Verrücktes: „Und die Kuh macht… miau!“ Warte kurz. Viele Kleinkinder rufen empört „Nein, muh!“ und kugeln sich vor Lachen. Tu erstaunt: „Ach ja? Was macht die Kuh denn?“ Dein Kind darf es besser wissen, und zusammen über Wörter lachen ist Sprache und Bindung zugleich. Soll es heute Abend genau wie immer sein? Auch gut.

sing-along-their-version =
    .title = Dein Kind singt das Lied anders? Sing mit
    .body = Singt dein Kind „Alle meine Entchen schwimmen auf dem… Kuchen“, oder brabbelt es ein Lied mit eigenen Wörtern? Sing heute einfach die Version deines Kindes mit und lacht zusammen. Verbessern musst du nicht: Du singst das Lied oft genug so, wie es geht, und so lernt dein Kind es von selbst. Mitsingen sagt: Deine Stimme zählt. Vielleicht wird es sogar eure eigene Fassung.

a-week-alone-with-your-toddler =
    .title = Eine Woche allein mit deinem Kind? Leg die Latte tief
    .body = Ist dein Partner oder deine Partnerin eine Woche weg, und du bist allein? Leg die Latte bewusst tief: einfaches Essen, ein Ausflug am Tag, keine großen Aufgaben. Bitte eine Person um eine Sache, etwa einmal kochen oder einen Vormittag aufpassen. Und geh selbst früh ins Bett. Dein Kind hat mehr von einem ruhigen Elternteil als von einem vollen Programm. Danach darfst du stolz sein.

let-your-toddler-finish-talking =
    .title = Lass dein Kind ausreden
    .body = Wiederholt dein Kind Laute oder Wörter, „ich-ich-ich will…“, oder sucht es lange nach einem Wort? Bei vielen Kleinkindern sind die Gedanken dann schneller als der Mund. Warte ruhig, schau dein Kind an und beende den Satz nicht. Sag auch nicht „Sprich mal langsam“. So spürt dein Kind: Es ist Zeit da. Kostet Sprechen sichtlich Mühe oder Anspannung? Frag das Consultatiebureau (Kinderberatungsstelle).

clap-the-names =
    .title = Klatscht die Namen von allen zu Hause
    .body = Klatscht heute zusammen die Namen von allen zu Hause, im Rhythmus der Silben: „O-ma“, zweimal klatschen; „Mo-ham-med“, dreimal. Dann das Kuscheltier, die Katze, die Nachbarin. Dein Kind klatscht vielleicht noch nicht im Takt, und das muss es auch nicht. Es geht ums gemeinsame Spiel mit Klang und Rhythmus, mit den Namen von Menschen, die es kennt. Morgen: der Name deines Kindes selbst.

a-letter-at-two =
    .title = Fast zwei: Schreib deinem Kind einen Brief
    .body = Wird dein Kind bald zwei? Schreib heute Abend einen kurzen Brief, den ihr später zusammen lest: worüber dein Kind jetzt lacht, welche Wörter es sagt, was schwer war und was ihr zusammen gelernt habt. Niemand hat diese zwei Jahre perfekt gemacht, und das musste auch niemand. Du warst immer wieder da, auch nach den Patzern, und davon wächst ein Kind. Heb den Brief gut auf.
