# Tägliche Tipps: eine Nachricht pro Tipp-ID aus assets/tips.toml, mit .title (höchstens
# 60 Zeichen) und .body (höchstens 400 Zeichen).


bump-hello-voice =
    .title = Sag heute Hallo zum Babybauch
    .body = Erzähl dem Baby im Bauch heute laut, was du gerade tust, und seien es nur ein paar Sätze beim Kochen. Deine Stimme kommt gedämpft an und wird so zu einem vertrauten Klang für später. Ist es nicht dein Bauch? Dann setz dich nah dazu, die Hand darauf. Fühlt sich das Reden weniger seltsam an als gedacht, oder spürst du Bewegung, während du sprichst? Dann hat der Kontakt schon begonnen.

bump-lullaby-choice =
    .title = Such ein Lied für dich und dein Baby aus
    .body = Such dir heute ein Lied aus, das du in den nächsten Wochen oft singst oder summst: ein Schlaflied oder einfach ein Stück, das du schön findest. Wiederholung macht eine Melodie vertraut, sodass du nach der Geburt gleich etwas Bekanntes hast, um dein Baby zu trösten. Du merkst, dass es wirkt, wenn du das Lied ganz von allein vor dich hin summst.

support-circle-names =
    .title = Schreib drei Menschen auf, die helfen können
    .body = Schreib heute drei Menschen auf, die du nach der Geburt um etwas Praktisches bitten kannst: eine Mahlzeit, den Einkauf, eine Maschine Wäsche oder eine Stunde mit dem Baby, damit du schlafen kannst. Ausgeruhte Eltern haben mehr Raum, ruhig auf ihr Baby einzugehen, und um Hilfe bitten ist eine Stärke. Es klappt, wenn du bei jedem Namen schon weißt, worum du bitten würdest.

love-grows-slowly =
    .title = Liebe darf auch langsam wachsen
    .body = Sag heute zu dir selbst oder zu jemandem, dem du vertraust: „Vielleicht spüre ich diese große Liebe nicht sofort, und das ist okay.“ Bei vielen Eltern wächst die Bindung erst in den ersten Wochen nach der Geburt, und wenn es länger dauert, ist das selten irgendjemandes Schuld. Du merkst, dass es hilft, wenn du mit etwas weniger Druck auf die Geburt und die ersten Tage schaust.

skin-to-skin-birth-plan =
    .title = Schreib Haut an Haut in deinen Geburtsplan
    .body = Schreib heute in deinen Geburtsplan oder sag deiner Begleitung bei der Geburt: Du möchtest dein Baby danach nackt auf deiner nackten Brust haben. Dieser Kontakt hilft ihm, Temperatur, Herzschlag und Stress ins Gleichgewicht zu bringen. Geht es bei der gebärenden Person nicht, kann jemand anderes übernehmen, solange diese Person wach und aufmerksam ist. Es wirkt, wenn alle um dich Bescheid wissen.

rest-half-hour =
    .title = Plan heute eine halbe Stunde Nichtstun ein
    .body = Such dir heute einen Moment, in dem du eine halbe Stunde liegst oder sitzt, ohne dass etwas sein muss: keine Listen, keine Erledigungen. Ruhe ist jetzt kein Luxus, denn wer nicht erschöpft ist, kann später leichter geduldig und sanft reagieren. Du merkst, dass es wirkt, wenn deine Schultern sinken und sich der Rest des Tages etwas weniger gehetzt anfühlt.

small-circle-close =
    .title = Überleg, wer in den ersten Wochen nah ist
    .body = Mach heute aus, welche wenigen Menschen in den ersten Wochen wirklich da sind, um gemeinsam mit dir für dein Baby zu sorgen. Ein Baby bindet sich an eine kleine Zahl Erwachsener, die oft in seiner Nähe sind. Ein kleiner, fester Kreis ist also besser als viele wechselnde Hände. Es klappt, wenn du eine kurze Liste mit Namen hast und diese Menschen wissen, dass sie darauf stehen.

bump-hands-hello =
    .title = Ein ruhiger Hände-Moment mit dem Bauch
    .body = Leg heute Abend ein paar Minuten deine Hände auf den Bauch, oder bitte deine Partnerin oder deinen Partner, falls es jemanden gibt, das zu tun. Beweg dich langsam, atme ruhig und sag etwas Liebes. So ein fester Moment der Berührung macht das Baby für dich schon etwas wirklicher und stimmt auf die vielen Kuscheleien ein, die noch kommen. Du merkst es, wenn du dich auf diesen Moment freust.

newborn-signals-preview =
    .title = Lerne schon jetzt, wie ein Neugeborenes ruft
    .body = Schau dir heute an, wie ein neugeborenes Baby um Nähe bittet: Weinen, um Hilfe zu holen, nach Augen suchen, mit den Händchen greifen und bei deiner Stimme oder Berührung ruhig werden. Wenn du diese Signale später erkennst, kannst du schneller und ruhiger darauf eingehen. Du merkst, dass es wirkt, wenn du nach der Geburt plötzlich denkst: Ach ja, das ist so ein Signal.

calm-breath-practice =
    .title = Übe eine ruhige Atmung
    .body = Übe heute ein paarmal dieselbe Atmung: vier Zählzeiten ein, sechs aus, Schultern runter. Ein neugeborenes Baby kann sich noch nicht selbst beruhigen und lehnt sich an deine Ruhe an. Eine vertraute Art, selbst zur Ruhe zu kommen, ist später also Gold wert. Es klappt, wenn du ganz von selbst so atmest, im Stau oder in einer langen Schlange.

good-enough-note =
    .title = Schreib auf, was „gut genug“ für dich heißt
    .body = Schreib heute auf einen Zettel, wie für dich Eltern aussehen, die „gut genug“ sind, zum Beispiel: „Ich komme zurück, auch wenn mal etwas schiefgeht.“ Dein Baby braucht niemanden, der perfekt ist, sondern jemanden, der oft genug da ist und es nach einem Fehlgriff wieder gutmacht. Häng den Zettel irgendwo auf; es wirkt, wenn du ihn später wieder liest und dabei ruhiger wirst.

phone-free-bump-minutes =
    .title = Fünf Minuten ohne Handy, nur ihr beide
    .body = Leg dein Handy heute fünf Minuten in ein anderes Zimmer und setz dich in Ruhe hin, mit deiner Aufmerksamkeit beim Baby, das unterwegs ist: spüren, reden oder einfach still sein. Da sein, auch mit dem Kopf, kannst du schon jetzt üben, und später ist das viel wert. Du merkst, dass es wirkt, wenn sich diese fünf Minuten länger anfühlen als gedacht, auf eine schöne Art.

bump-read-aloud =
    .title = Lies eine Seite laut vor
    .body = Lies heute eine Seite laut aus dem vor, was du sowieso liest: einem Roman, der Zeitung, einem aufbewahrten Kinderbuch. Es geht nicht um den Inhalt, sondern um den Rhythmus deiner Stimme, und der beruhigt, jetzt und später. Bist du nicht die Person, die schwanger ist, ist das eine schöne Art, dabei zu sein. Es klappt, wenn sich Vorlesen allmählich ganz normal anfühlt.

first-weeks-honest-talk =
    .title = Frag jemanden, wie die ersten Wochen wirklich waren
    .body = Frag heute jemanden, der schon ein Kind hat, wie sich die ersten Wochen wirklich angefühlt haben, auch die weniger schönen Seiten. Die Geburt ist ein riesiger Übergang für Eltern und Baby, und wenn du weißt, dass ein langsamer Start ganz normal ist, erschrickst du weniger. Es wirkt, wenn du nach dem Gespräch denkst: Wenn wir uns auch erst finden müssen, sind wir nicht die Einzigen.

money-worry-one-step =
    .title = Geh einen Schritt bei einer Sorge, die du jetzt hast
    .body = Nimm dir heute eine Sorge vor, die dich beschäftigt, etwa Geld, Arbeit oder Wohnung, und geh einen kleinen Schritt: eine Liste machen, jemanden anrufen oder in der Hausarztpraxis oder beim Consultatiebureau fragen, wohin du dich wenden kannst. Sorgen fressen Energie, die du später für dein Baby brauchst, und sie anzugehen gehört einfach dazu. Es wirkt, wenn sich die Sorge etwas kleiner anfühlt.

trust-reliable-care =
    .title = Verlässlich ist etwas anderes als perfekt
    .body = Überleg heute, was dein Baby von dir erwarten können soll, in einfachen Dingen: Essen bei Hunger, Wärme, Trost bei Kummer. Im ersten Jahr baut ein Baby Vertrauen aus Fürsorge auf, die immer wieder kommt, nicht aus Fürsorge ohne Fehler. Schreib drei dieser Dinge auf; es klappt, wenn sich die Liste kurz und machbar anfühlt.

safe-childhood-memory =
    .title = Wer hat dir als Kind Sicherheit gegeben?
    .body = Denk heute an jemanden zurück, bei dem du dich als Kind sicher, gesehen oder getröstet gefühlt hast. Was genau hat diese Person getan? Solche kleinen Dinge, wie eine ruhige Stimme oder echtes Zuhören, kannst du später selbst deinem Baby geben. Gab es niemanden, darfst du jetzt wählen, wie du es machen willst. Es wirkt, wenn du eine Sache weißt, die du mitnehmen möchtest.

skin-to-skin-front-top =
    .title = Pack ein Oberteil ein, das vorne aufgeht
    .body = Leg heute ein Hemd oder eine Strickjacke, die vorne aufgeht, zu deinen Sachen für die Geburt, für dich und für deine Partnerin oder deinen Partner, falls es jemanden gibt. Dann ist Haut an Haut nach der Geburt und in den ersten Wochen leicht: Baby nackt an deiner Brust, Decke darüber, während du wach und aufmerksam bist. Es klappt, wenn das Oberteil bereitliegt und niemand suchen muss.

bump-pet-name =
    .title = Gib deinem Baby schon jetzt einen Kosenamen
    .body = Such dir heute einen Kosenamen aus und benutze ihn, wenn du mit dem Bauch sprichst, immer im selben sanften Ton. Babys reagieren nach der Geburt sehr fein auf Klang und Tonhöhe einer Stimme, sogar mehr als auf die Worte selbst. Es wirkt, wenn Name und Ton ganz von selbst kommen, und später merkst du vielleicht, dass dein Baby dabei ruhiger wird.

visitors-calm-plan =
    .title = Mach einen ruhigen Plan für Besuch
    .body = Leg heute fest, wie du Besuch in den ersten Wochen haben möchtest: zum Beispiel kurze Besuche, höchstens einer am Tag, und jemand, der die Tür hütet, wenn du müde bist. Viel Trubel und Lärm sind Stress für ein neugeborenes Baby, und für dich auch. Es klappt, wenn du den Plan schon mit deinen Liebsten geteilt hast und später nichts mehr erklären musst.

crying-plan-together =
    .title = Abgemacht: Wenn das Baby weint, gehen wir hin
    .body = Sprich heute mit allen, die später mit versorgen, übers Weinen und macht aus: Wir gehen zum Baby und nehmen es hoch. Ein Neugeborenes kann man nicht verwöhnen. Bleibt Weinen immer wieder unbeantwortet, lernt ein Baby, dass Rufen wenig bringt; Selbstständigkeit kommt erst viel später. Es wirkt, wenn du gut gemeinte „Lass es doch schreien“-Ratschläge gelassen beiseitelegen kannst.

clinic-gp-in-phone =
    .title = Speicher Consultatiebureau und Hausarztpraxis ein
    .body = Such heute die Daten deiner Hausarztpraxis und des Consultatiebureaus (der Kinderberatungsstelle) in deiner Nähe heraus und speicher sie im Handy. Fühlt es sich nach der Geburt schwer an, will die Bindung nicht kommen oder wirkt dein Baby sehr unruhig oder eher zurückgezogen, ist es klug, früh Hilfe zu holen. Es klappt, wenn du weißt, wen du anrufst, ohne im schweren Moment suchen zu müssen.

skin-to-skin-awake =
    .title = Haut an Haut, während du wach bist
    .body = Leg dein Baby heute nur mit Windel auf deine nackte Brust, eine Decke über den Rücken, in einem Moment, in dem du selbst wach und aufmerksam bist. Dieser Kontakt hilft deinem Baby, Temperatur, Herzschlag und Stress ins Gleichgewicht zu bringen. Es wirkt, wenn der Atem ruhiger wird und der kleine Körper sich entspannt. Wirst du schläfrig? Dann leg dein Baby auf dem Rücken in sein eigenes Bettchen.

skin-to-skin-every-carer =
    .title = Haut an Haut ist für alle, die sorgen
    .body = Lass heute eine andere feste Bezugsperson Haut an Haut kuscheln: deine Partnerin oder deinen Partner, falls es jemanden gibt, oder wen anders, der deinem Baby nahesteht. Das ist nicht nur für die Person, die geboren hat. Jeder vertraute Mensch kann so die Bindung wachsen spüren, solange er wach und aufmerksam bleibt. Es wirkt, wenn dein Baby ruhig wird und die andere Person es sichtlich genießt.

crying-is-asking =
    .title = Weinen ist Bitten, kein Theater
    .body = Sag dir beim nächsten Weinen heute im Kopf: „Du bittest um Hilfe.“ Ein neugeborenes Baby hat keine andere Möglichkeit zu zeigen, dass es etwas braucht, und sucht ganz natürlich deine Nähe. Geh hin, auch wenn du noch nicht weißt, was los ist. Es wirkt, wenn Weinen dich etwas weniger anspannt und du eher denkst: Was brauchst du?

guess-aloud =
    .title = Rate laut, was los ist
    .body = Ist dein Baby heute unruhig, dann rate laut: „Hast du Hunger? Bist du müde? Ist es zu viel Trubel?“ Du musst nicht gleich richtig liegen; durch dein Suchen und Reagieren merkt dein Baby, dass jemand da ist, der zuhört. Du siehst, dass es wirkt, wenn du nach ein paar Tagen schneller weißt, welche Antwort meistens stimmt.

no-spoiling-newborn =
    .title = Ein Neugeborenes kann man nicht verwöhnen
    .body = Nimm dein Baby heute hoch, wenn es weint, ohne abzuwarten, ob es „von selbst“ aufhört. Ein Baby, das immer wieder Antwort bekommt, lernt, dass Rufen Sinn hat; ein Baby, das oft keine bekommt, lernt, dass es wenig bringt. Sich selbst zu beruhigen lernt dein Baby erst viel später. Du merkst, dass es wirkt, wenn dein Baby sich in deinen Armen schneller beruhigt.

eyes-during-feeding =
    .title = Schau dein Baby bei einer Mahlzeit an
    .body = Such dir heute eine Mahlzeit aus, Brust oder Fläschchen, bei der du dein Baby anschaust und leise sprichst oder summst. Dein Baby sieht am besten aus der Nähe, etwa bis zu deinem Gesicht, wenn es in deinem Arm liegt. So werden dein Gesicht und deine Stimme etwas Vertrautes. Du merkst es, wenn dein Baby deinen Blick kurz festhält oder bei deiner Stimme still wird.

pregnancy-song-again =
    .title = Sing das Lied aus der Schwangerschaft
    .body = Sing oder summ heute das Lied, das du in der Schwangerschaft oft hast hören lassen, oder fang jetzt mit einem festen Lied an. Dein Baby reagiert stark auf Klang und Ton einer vertrauten Stimme, auch ohne die Worte zu verstehen. Sing leise und langsam. Du merkst, dass es wirkt, wenn dein Baby kurz still wird, sich zu dir dreht oder ruhiger atmet.

grasp-finger =
    .title = Gib deinem Baby deinen Finger zum Festhalten
    .body = Leg heute deinen Finger in das Händchen deines Babys und lass es drücken, solange es mag. Greifen und Festhalten ist eine der Arten, wie ein Neugeborenes vom ersten Tag an Nähe sucht. Bleib einen Moment sitzen und schau zu. Du merkst es, wenn dein Baby fest zugreift und ruhig wird, und vielleicht bist du selbst ein bisschen gerührt.

calm-breath-first =
    .title = Erst ein ruhiger Atemzug für dich, dann dein Baby
    .body = Bevor du heute dein weinendes Baby hochnimmst, atme einmal langsam aus und lass die Schultern sinken. Dein Baby kann sich noch nicht selbst beruhigen und leiht sich sozusagen deine Ruhe: Vorerst bist du das Gehirn, das den Sturm legt. Sprich leise und beweg dich langsam. Du merkst, dass es wirkt, wenn dein Baby sich an deinem ruhigen Körper schneller entspannt.

love-takes-weeks =
    .title = Die große Liebe darf noch fehlen
    .body = Spürst du diese überwältigende Liebe noch nicht? Dann sag dir heute: „Es wächst.“ Die Geburt ist ein riesiger Übergang, für dich und für dein Baby, und bei vielen Eltern kommt das Gefühl erst im Lauf einiger Wochen. Versorg, halt und sprich einfach weiter. Du merkst es an kleinen Momenten, in denen sich dein Baby wirklich wie deins anfühlt.

ask-one-thing =
    .title = Bitte heute jemanden um eine Sache
    .body = Schick heute eine Nachricht mit einer konkreten Bitte: „Bringst du mir morgen Suppe?“ oder „Kannst du eine Stunde kommen, damit ich schlafen kann?“ Müdigkeit und Sorgen machen es schwerer, ruhig auf dein Baby einzugehen, und gerade dann ist um Hilfe bitten stark. Es wirkt, wenn etwas von deiner Liste verschwindet und du kurz durchatmen kannst.

handover-and-lie-down =
    .title = Gib dein Baby kurz ab und leg dich hin
    .body = Gib dein Baby heute für eine Stunde an jemanden, dem du vertraust, und leg dich hin, auch wenn du glaubst, dass du sowieso nicht schläfst. Wer erschöpft ist, hat weniger Geduld, und das ist niemandes Schuld; Ruhe gehört einfach zu guter Fürsorge. Bist du allein, leg dich hin, sobald dein Baby schläft. Du merkst, dass es wirkt, wenn dich das nächste Weinen weniger mitnimmt.

ordinary-care-trust =
    .title = Alltägliche Fürsorge baut Vertrauen auf
    .body = Sieh heute jede Mahlzeit, jede frische Windel und jede warme Decke als Baustein. In diesem ersten Jahr lernt dein Baby aus Fürsorge, die immer wieder kommt, dass man der Welt vertrauen kann, und dafür braucht es nichts Besonderes. Sag ab und zu leise: „Ich bin da.“ Du merkst es, wenn dein Baby nach einer Weile schneller ruhig wird, sobald du in die Nähe kommst.

soft-voice-face =
    .title = Lass dein Gesicht und deine Stimme wirken
    .body = Sprich heute ein paarmal aus der Nähe mit deinem Baby, mit sanfter, etwas höherer Stimme und einem offenen, freundlichen Gesicht. Babys lesen Gesichter, Körpersprache und Tonfall lange bevor sie Worte verstehen, und sie lernen dein Gesicht und deine Stimme schnell kennen. Es wirkt, wenn dein Baby dich anschaut, still wird oder mit Ärmchen oder Mündchen antwortet.

narrate-nappy-change =
    .title = Erzähl beim Wickeln, was du tust
    .body = Erzähl heute beim Wickeln laut, was du tust: „Erst den Body auf. Kurz kalt, was? So, eine frische Windel.“ So hört dein Baby viel von deiner Stimme, die Pflege wird vorhersehbar und aus einer Aufgabe wird gleich ein kleiner gemeinsamer Moment. Du merkst, dass es wirkt, wenn dein Baby ruhiger wird oder dich anschaut, sobald du zu sprechen beginnst.

gentle-order-not-clock =
    .title = Eine feste Reihenfolge statt eines Zeitplans
    .body = Wähl heute eine feste Reihenfolge für die Zeit nach dem Aufwachen, zum Beispiel füttern, wickeln, kurz kuscheln und wieder schlafen, ohne auf die Uhr zu schauen. Ein erkennbarer Rhythmus macht die Welt deines Babys vorhersehbar und dadurch sicher. Es klappt, wenn dein Baby nach ein paar Tagen bei den bekannten Schritten ruhiger wirkt und du weniger nachdenken musst.

bedtime-same-words =
    .title = Immer dieselben Worte beim Hinlegen
    .body = Sag heute jedes Mal, wenn du dein Baby hinlegst, denselben kurzen Satz, etwa „Schlaf gut, ich bin ganz nah“, oder summ dieselben paar Töne. So ein kleines festes Ritual sagt deinem Baby, was kommt, und gibt Halt. Es muss nicht jedes Mal klappen. Du merkst es, wenn dein Baby sich nach einer Weile bei diesen Worten schon etwas zu entspannen scheint.

quiet-room-after-bustle =
    .title = Nach dem Trubel: ab in ein ruhiges Zimmer
    .body = Geh heute nach Besuch oder einem trubeligen Moment mit deinem Baby in ein stilles Zimmer mit gedämpftem Licht und halt es eine Weile an dich gedrückt. Zu viel Lärm und Betrieb kann einem Neugeborenen Stress machen, obwohl es auch Kontakt braucht: Es geht um das Gleichgewicht. Du merkst, dass es wirkt, wenn das Weinen oder die Unruhe danach nachlässt.

looking-away-pause =
    .title = Wegschauen heißt: kurz Pause
    .body = Achte heute beim Kuscheln oder Reden auf Wegschauen, Gähnen, Schluckauf oder ein gerunzeltes Gesichtchen. Oft sagt dein Baby damit: „Erst mal genug.“ Gönn ihm dann etwas Ruhe, sprich leiser oder schau selbst kurz weg, und komm zurück, wenn dein Baby wieder zu dir schaut. Du merkst, dass es wirkt, wenn dein Baby nach so einer Pause von selbst wieder Kontakt sucht.

long-cuddle =
    .title = Nimm dir heute Zeit für langes Kuscheln
    .body = Nimm dir heute eine Viertelstunde, um dein Baby einfach zu halten, ohne dass etwas sein muss: kein Füttern, kein Wickeln. Kuscheln setzt das Kuschelhormon Oxytocin frei, bei deinem Baby und bei dir, und das stärkt eure Bindung. Du merkst es, wenn ihr beide weicher werdet und dein Baby sich an dich schmiegt.

hand-hug-settle =
    .title = Zwei warme Hände für ein unruhiges Baby
    .body = Ist dein Baby heute im Bett oder auf dem Wickeltisch unruhig? Dann leg ruhig eine warme Hand auf Brust oder Bauch und die andere um das Köpfchen und sprich leise. Deine ruhige Berührung hilft deinem Baby, zur Ruhe zu kommen, und wenn du das oft tust, lernt es später, sich selbst zu beruhigen. Du merkst es, wenn Ärmchen und Beinchen stiller werden.

phone-away-one-feed =
    .title = Eine Mahlzeit ohne Handy
    .body = Leg bei einer Mahlzeit heute dein Handy außer Reichweite und sei einmal ganz da: schauen, spüren, hören. Du musst nicht immer so präsent sein, aber diese Momente zeigen deinem Baby, dass du wirklich für es da bist. Bei anderen Mahlzeiten ist ein Bildschirm völlig okay. Du merkst, dass es wirkt, wenn du Dinge siehst, die dir vorher entgangen sind, etwa ein Fingerchen, das sich bewegt.

one-thing-went-well =
    .title = Nenn heute Abend eine Sache, die gut lief
    .body = Nenn heute Abend, laut oder im Kopf, eine Sache, die heute gut genug lief: eine Mahlzeit, ein Kuscheln, dass du geblieben bist, als das Weinen lange dauerte. Dein Baby braucht niemanden, der perfekt ist, sondern jemanden, der im Schnitt oft genug reagiert. Das bist du schon. Du merkst, dass es wirkt, wenn du mit etwas weniger Selbstkritik einschläfst.

repair-after-rough-moment =
    .title = Lief es schief? Komm zurück und mach es gut
    .body = Warst du heute kurz angebunden oder hast dein Baby erst spät gehört? Dann geh zurück, nimm es hoch und sag leise: „Entschuldige, ich bin wieder da.“ Niemand ist immer ganz eingestimmt, und gerade das Wiedergutmachen nach so einem Patzer macht die Bindung stärker. Es wirkt, wenn dein Baby in deinen Armen zur Ruhe kommt und du dein schlechtes Gewissen etwas loslassen kannst.

share-comfort-early-weeks =
    .title = Trösten darfst du in den ersten Wochen teilen
    .body = Lass heute eine vertraute Person einen Weinanfall übernehmen, während du kurz Luft holst. In den ersten Wochen hat ein Baby noch keine Vorliebe für einen bestimmten Menschen und lässt sich von jedem ruhigen, liebevollen Erwachsenen trösten; diese starke Vorliebe kommt später. Es wirkt, wenn dein Baby sich auch bei der anderen Person beruhigt und du mit neuer Energie zurückkommst.

small-circle-of-hands =
    .title = Halte den Kreis um dein Baby klein
    .body = Entscheide heute bewusst, wer dein Baby hält und versorgt: lieber ein paar feste Menschen als jeder Besuch. Ein Baby bindet sich an eine kleine Gruppe Erwachsener, die oft in der Nähe sind, und dieses Vertrauen wächst am besten, wenn der Kreis nicht ständig wechselt. Es wirkt, wenn dein Baby nach einer Weile bei diesen festen Menschen spürbar schneller zur Ruhe kommt.

grandparent-regular-moment =
    .title = Gib Oma, Opa oder Freunden einen festen Moment
    .body = Vereinbare heute mit einer Oma, einem Opa oder einem guten Freund einen kurzen, festen Moment pro Woche, in dem sie dein Baby halten, mit ihm reden oder ein Lied singen. Dein Baby kann auch mit solchen vertrauten Menschen eine gute Bindung aufbauen, und du bekommst eine Verschnaufpause. Es wirkt, wenn dein Baby sich bei dieser Person jedes Mal leichter entspannt.

early-sleepy-signs =
    .title = Erkenne die ersten Müdigkeitszeichen rechtzeitig
    .body = Achte heute auf frühe Zeichen von Müdigkeit: Gähnen, ins Leere starren, sich übers Gesicht reiben oder plötzlich ruckartige Bewegungen mit Armen und Beinen. Leg dein Baby dann schon in Ruhe hin oder wiege es etwas, bevor das Weinen beginnt. So lernt dein Baby, dass ein Signal gesehen wird. Du merkst es, wenn das Einschlafen etwas leichter geht, mit weniger übermüdetem Weinen.

early-hunger-cues =
    .title = Erkenne Hunger, bevor das Weinen beginnt
    .body = Achte heute auf frühe Hungerzeichen: Köpfchen drehen und suchen, Schmatzen, Händchen zum Mund. Biete dann schon eine Mahlzeit an, Brust oder Fläschchen, statt auf das Weinen zu warten. So antwortest du auf das Signal, das dein Baby wirklich gibt, und das ist der Kern von feinfühligem Reagieren. Du merkst es, wenn die Mahlzeiten ruhiger beginnen.

stay-when-crying-continues =
    .title = Bleib da, auch wenn das Weinen nicht aufhört
    .body = Weint dein Baby heute und nichts hilft? Dann bleib in der Nähe, halt es, wiege es oder sprich leise, ohne dass das Weinen aufhören muss. Du versagst nicht: Du lässt dein Baby spüren, dass es damit nicht allein ist, und das zählt. Du siehst es nicht immer sofort, aber oft spürst du nach einer Weile einen kleinen Körper, der sich schwerer an dich lehnt.

at-your-limit-pause =
    .title = Am Limit? Leg dein Baby sicher hin
    .body = Merkst du heute, dass du gleich platzt? Dann leg dein Baby sicher auf den Rücken ins Bett, geh ein paar Minuten in ein anderes Zimmer und atme langsam aus. Ruf jemanden an oder schreib eine Nachricht. Eine Pause ist kein Versagen; so schützt du euch beide. Fühlt es sich oft so schwer an, sprich mit dem Consultatiebureau oder deiner Hausarztpraxis. Es wirkt, wenn du ruhiger zurückkommst.

still-strange-talk-early =
    .title = Fühlt es sich nach Wochen noch fremd an? Sprich darüber
    .body = Kannst du dein Baby nach ein paar Wochen kaum „lesen“, oder bleibt der Kontakt fremd oder flach? Wirkt dein Baby sehr ängstlich, schreckhaft oder zurückgezogen? Dann mach heute einen Termin beim Consultatiebureau oder in der Hausarztpraxis. Das ist selten jemandes Schuld, und frühe Hilfe macht wirklich etwas aus. Es wirkt, wenn du dich gehört fühlst und den nächsten Schritt kennst.

comfort-builds-brain =
    .title = Jedes Trösten hilft einem kleinen Gehirn
    .body = Denk heute beim Trösten einmal: Das hier ist Aufbauarbeit. Wird dein Baby immer wieder beruhigt, lernt sein Stresssystem, nach einem Schreck wieder zur Ruhe zu kommen, und Halten und liebevoller Kontakt nähren die Hirnbereiche, die später helfen, mit Gefühlen umzugehen. Du siehst, dass es wirkt, wenn dein Baby sich nach Unruhe etwas schneller wieder entspannt.

gentle-leg-massage =
    .title = Probier eine kurze, sanfte Beinmassage
    .body = Wärm heute deine Hände an, nimm ein paar Tropfen neutrales, unparfümiertes Öl und streich langsam und immer auf dieselbe Weise über die Beinchen deines Babys. Sprich leise dabei. Berührung wie diese stärkt eure Bindung. Hör auf, sobald dein Baby sich wegdreht, weint oder unruhig wird. Es wirkt, wenn dein Baby entspannt daliegt und dich anschaut oder ruhig atmet.

read-aloud-anything =
    .title = Lies heute etwas vor, ganz egal was
    .body = Lies deinem Baby heute ein paar Minuten vor, aus einem Bilderbuch, einer Zeitschrift oder deinem eigenen Buch. Der Inhalt spielt noch keine Rolle; Rhythmus und Melodie deiner Stimme wirken beruhigend. Das ist auch eine schöne Aufgabe für eine andere Bezugsperson. Du merkst, dass es wirkt, wenn dein Baby still wird, zuzuhören scheint oder wegdöst.

look-back-and-smile =
    .title = Schaut dein Baby dich an? Schau und lächle zurück
    .body = Schaut dein Baby dich heute an, dann hör auf mit dem, was du gerade tust, schau zurück, lächle und sag etwas Liebes. Wenn du reagierst, sobald dein Baby Kontakt sucht, mit einem warmen Gesicht und einem Lächeln, lernt es, dass sich Suchen lohnt. Du merkst es, wenn diese Blicke häufiger und länger werden, und vielleicht kommt schon ein Lächeln zurück.

watch-two-minutes =
    .title = Schau zwei Minuten nur dein Baby an
    .body = Setz dich heute zwei Minuten zu deinem Baby und schau einfach nur: Wie bewegt es sich, was machen die Händchen und das Gesicht? Benenne leise, was du siehst. Ein Kind, das sich wirklich gesehen fühlt, wächst in seinem Vertrauen, und gerade solche kleinen Momente zählen. Du merkst, dass es wirkt, wenn du dein Baby danach ein bisschen besser zu kennen scheinst.

safe-seen-soothed-check =
    .title = Sicher, gesehen, getröstet: Was braucht es jetzt?
    .body = Frag dich heute in einem unruhigen Moment: Fühlt sich mein Baby gerade sicher, gesehen und getröstet? Such dir eins davon aus: näher kommen, anschauen oder wiegen und beruhigen. Zusammen geben diese Erfahrungen einem Kind mit der Zeit ein sicheres, geborgenes Gefühl. Du merkst, dass es wirkt, wenn dir das Auswählen Ruhe gibt statt Panik.

steady-reset-ritual =
    .title = Ein kleiner Neustart, bevor du zu deinem Baby gehst
    .body = Such dir heute ein festes Mini-Ritual für den Moment, bevor du zu deinem Baby gehst, vor allem wenn du gestresst bist: Hand auf den Bauch, einmal tief ausatmen. Große Schwankungen in Stimmung oder Verhalten verwirren ein Baby, und so ein Neustart hilft dir, immer ungefähr gleich hereinzukommen. Es wirkt, wenn du merkst, dass du ruhiger ins Zimmer kommst.

tell-how-it-really-goes =
    .title = Erzähl jemandem, wie es wirklich läuft
    .body = Erzähl heute einem Menschen ehrlich, wie es dir geht, auch wenn die Antwort „schwerer als gedacht“ ist. Für dich und dein Baby ändert sich so viel auf einmal, dass ein holpriger Start völlig verständlich ist, und er ist selten jemandes Schuld. Meistens wächst das Gefühl „Das ist mein Kind“ innerhalb weniger Wochen. Es wirkt, wenn du dich nach dem Gespräch etwas leichter fühlst.

skin-to-skin-after-bath =
    .title = Nach dem Baden: kurz Haut an Haut
    .body = Leg dein Baby heute nach dem Baden oder Waschen nackt an deine nackte Brust, mit einem Handtuch oder einer Decke darüber, solange du wach und aufmerksam bist. Haut an Haut wirkt direkt nach der Geburt am stärksten, bleibt aber auch in diesen Wochen wertvoll für die Bindung und für Ruhe. Du merkst es, wenn dein Baby warm und entspannt an dir liegt.

talk-then-pause =
    .title = Sprich, warte kurz und lass dein Baby „antworten“
    .body = Sprich heute aus der Nähe mit deinem Baby, schau es an und mach dann eine Pause, als würdest du auf eine Antwort warten. Dein Baby versteht die Worte noch nicht, lernt aber so deine Stimme kennen und spürt das Hin und Her im Kontakt. Du merkst, dass es wirkt, wenn etwas zurückkommt: ein Geräusch, ein bewegtes Mündchen oder ein Blick, der bleibt.

carry-through-fussy-hour =
    .title = Trag dein Baby durch eine unruhige Stunde
    .body = Hat dein Baby heute eine unruhige Stunde? Dann halt es aufrecht an deiner Brust und geh langsam durch die Wohnung. Wärme, dein Herzschlag und das sanfte Wiegen deiner Schritte geben Halt. Benutzt du ein Tragetuch, achte darauf, dass das Gesichtchen frei und sichtbar bleibt. Du merkst es, wenn das Weinen leiser wird und dein Baby sich an dich sinken lässt.

night-soft-light =
    .title = Nachts: sanftes Licht, wenig Worte
    .body = Geh heute Nacht bei jedem Weinen ruhig zu deinem Baby, mit gedämpftem Licht und ein paar leisen Worten, und leg es danach wieder hin. Gerade nachts lernt dein Baby, dass immer jemand kommt, und daraus wächst Urvertrauen. Es muss weder schnell noch perfekt sein. Du merkst es, wenn dein Baby nach einer Weile leichter wieder einschläft.

morning-hello-ritual =
    .title = Beginn den Tag mit demselben Guten Morgen
    .body = Begrüß dein Baby heute beim ersten Aufwachen immer auf dieselbe Weise: Vorhang auf, dein Gesicht ganz nah, „Guten Morgen, da bist du ja.“ Kleine, wiederholte Rituale machen den Tag für dein Baby erkennbar, und das fühlt sich sicher an. Die Uhrzeit ist egal, und es muss nicht jeden Tag gleich schön sein. Du merkst es, wenn dein Baby bei deiner Begrüßung aufschaut oder sich entspannt.

voice-before-lifting =
    .title = Lass deine Stimme hören, bevor du es hochnimmst
    .body = Sag heute etwas Sanftes, bevor du dein Baby hochhebst, zum Beispiel „Hey, mein Schatz, ich nehm dich hoch“, und heb es dann ruhig hoch. Dein Baby kennt deine Stimme bald und kann sich so darauf einstellen, sodass das Hochnehmen sich weniger wie ein Schreck anfühlt. Es wirkt, wenn dein Baby beim Hochheben weniger zusammenzuckt und sich schneller in deinen Armen entspannt.

smile-back-and-wait =
    .title = Lächle zurück und warte kurz
    .body = Schaut dein Baby dich heute an, dann lächle breit zurück und warte ein paar Sekunden, bevor du etwas sagst. Dein Gesicht ist für dein Baby das Spannendste, was es gibt, und dieses Hin und Her ist euer erstes kleines Gespräch. Du merkst, dass es wirkt, wenn dein Baby zurücklächelt, begeistert strampelt oder ein kleines Geräusch macht.

coo-back-and-forth =
    .title = Ein Gespräch aus Vokalen
    .body = Mach heute das Gurren deines Babys nach, „aaa“ oder „uuh“, und lass danach eine Stille, damit dein Baby wieder dran ist. So entdeckt es, dass Laute etwas bewirken: Jemand hört zu und antwortet. Du merkst es, wenn dein Baby in deinen Pausen selbst wieder brabbelt oder aufmerksam auf deinen Mund schaut.

lower-your-voice-when-fussy =
    .title = Leiser sprechen bei Unruhe
    .body = Wird dein Baby heute unruhig, dann senk deine Stimme: langsamer, tiefer und leiser, als würdest du ein Geheimnis verraten. Babys hören genau, wie deine Stimme klingt, und ein ruhiger Ton sagt „Alles ist gut“, lange bevor sie Worte verstehen. Es hilft, wenn sich die Händchen entspannen, das Weinen kürzer wird oder dein Baby dein Gesicht sucht.

knee-bouncing-rhyme =
    .title = Hoppe hoppe Reiter auf deinen Knien
    .body = Setz dein Baby heute auf deine Knie, gut unter den Ärmchen gehalten, und sing „Hoppe hoppe Reiter“ mit sanften Hüpfern im Takt. Lass dein Baby am Ende ein kleines Stück absinken und fang es sofort wieder auf. Die Wiederholung macht es spannend und sicher zugleich. Du siehst, dass es wirkt, wenn dein Baby schon lacht oder sich kurz vor dem Absinken freudig anspannt.

sway-to-a-slow-song =
    .title = Wiegen zu einem ruhigen Lied
    .body = Nimm dein Baby heute in die Arme und wiege dich langsam hin und her, im Takt von „Der Mond ist aufgegangen“ oder einem anderen ruhigen Lied. Der gleichmäßige Rhythmus und deine Stimme so nah geben deinem Baby Halt. Schief singen oder eigene Worte erfinden ist erlaubt: Es geht um dich. Du siehst, dass es hilft, wenn dein Baby in deinen Armen schwerer wird oder dich still anschaut.

leg-massage-after-bath =
    .title = Beinchen massieren nach dem Baden
    .body = Wärm nach dem Baden etwas einfaches, unparfümiertes Öl zwischen deinen Händen und streich langsam vom Oberschenkel bis zum Füßchen, ein paarmal pro Bein. Sprich leise dabei. Ruhige Berührung setzt bei euch beiden Oxytocin frei, das Kuschelhormon. Dreht dein Baby sich weg, weint oder wird steif, hör einfach auf; morgen geht es wieder. Läuft es gut, spürst du, wie die Beinchen locker werden.

tummy-circles-massage =
    .title = Kreise über das Bäuchlein
    .body = Leg dein Baby heute auf ein warmes Handtuch und mach mit einer warmen Hand und einem Tropfen Öl ohne Duft langsame Kreise im Uhrzeigersinn über das Bäuchlein. Langsame, wiederholte Bewegungen helfen deinem Baby, zur Ruhe zu kommen, und fühlen sich an wie eine Umarmung mit den Händen. Schaut dein Baby weg oder wird es unruhig, hörst du auf. Ein tiefer Seufzer oder ein Gähnen heißt: Das ist schön.

long-strokes-down-the-back =
    .title = Lange Striche über den Rücken
    .body = Liegt dein Baby heute auf deinem Schoß oder auf dem Bauch neben dir, dann streich mit einer warmen Hand in langen, langsamen Zügen vom Nacken bis zum Po. Auf nackter Haut hilft ein wenig unparfümiertes Öl. Langsame, vorhersehbare Berührung beruhigt den ganzen Körper. Erzähl leise, was du tust. Hebt dein Baby das Köpfchen weg oder wird es zappelig, ist es genug für heute.

talk-through-the-nappy-change =
    .title = Erzähl beim Wickeln, was du machst
    .body = Sprich heute bei jedem Wickeln laut mit: „Erst die Hose aus, brr, kurz kalt. Und jetzt eine frische Windel.“ Dein Baby versteht die Worte noch nicht, hört aber deine Stimme, spürt, was kommt, und wird so mit Sprache vertraut. Du merkst es, wenn dein Baby stiller wird und dich anschaut, sobald du zu erzählen beginnst.

say-it-before-you-do-it =
    .title = Erst sagen, dann tun
    .body = Kündige heute an, was du tun wirst, bevor du es tust: „Ich heb dich hoch“, „jetzt kommt der Ärmel über dein Händchen“. Warte dann einen Moment. So lernt dein Baby, dass nichts einfach aus dem Nichts passiert, und Hochheben und Anziehen erschrecken weniger. Nach einer Weile siehst du, wie dein Baby sich bereitmacht, etwa indem es die Ärmchen anspannt, wenn du „hoch“ sagst.

guided-tour-on-your-walk =
    .title = Eine Führung beim Spaziergang
    .body = Erzähl deinem Baby heute unterwegs, was euch begegnet: „Schau, ein Hund. Hörst du den Bus?“ Halt es kurz und lass Pausen. So teilst du die Welt mit deinem Baby, und deine Stimme wird zu einem vertrauten Anker zwischen all dem Neuen. Du merkst es, wenn dein Baby sich ruhig umschaut und immer wieder zu deinem Gesicht zurückkehrt.

one-little-book-every-day =
    .title = Ein Büchlein, jeden Tag
    .body = Nimm dir heute ein stabiles Bilderbuch und lies es vor, auch wenn dein Baby keine Ahnung hat, worum es geht. Es geht um die Melodie deiner Stimme und darum, eng beieinander zu sitzen. Lies morgen ruhig dasselbe Buch: Wiederholung tut gut. Es wirkt, wenn dein Baby beim ersten Satz still wird oder von den Bildern zu dir schaut und wieder zurück.

bold-black-and-white-pictures =
    .title = Schwarz-weiße Bilder anschauen
    .body = Halt heute ein Büchlein mit klaren schwarz-weißen Bildern ungefähr so weit von deinem Baby weg wie dein Gesicht beim Füttern, und erzähl leise, was darauf ist. Junge Babys sehen starke Kontraste am besten, und deine Stimme macht daraus einen gemeinsamen Moment. Schaut dein Baby weg, ist das eine Pause. Gebanntes Schauen und Stillwerden zeigen, dass es fesselt.

read-your-own-book-aloud =
    .title = Lies aus deinem eigenen Buch vor
    .body = Lust, selbst etwas zu lesen? Dann lies heute ein paar Seiten laut vor, mit deinem Baby auf dem Schoß: aus deinem Roman, einer Zeitschrift oder einem Rezept. Für dein Baby zählt vor allem der Rhythmus deiner Stimme, nicht die Geschichte. Und du hast auch mal etwas für dich. Du merkst es, wenn dein Baby entspannt an dir liegt und ab und zu auf deinen Mund schaut.

three-steps-before-sleep =
    .title = Drei feste Schritte vor dem Schlafen
    .body = Wähl heute drei kleine Schritte, die du ab jetzt immer vor dem Schlafen machst, zum Beispiel: Vorhänge zu, Schlafsack an, ein Lied. Dieselbe Reihenfolge sagt deinem Baby, was kommt, und eine vorhersehbare Welt fühlt sich sicher an. Es muss nicht minutengenau sein, und alle, die dein Baby hinlegen, können es so machen. Mit der Zeit wird dein Baby vielleicht schon bei Schritt eins ruhiger.

a-familiar-feeding-spot =
    .title = Ein fester Platz zum Füttern
    .body = Füttere dein Baby heute so oft wie möglich am selben ruhigen Platz und in derselben Haltung, mit dem Handy außer Reichweite. Vertraute Momente geben deinem Baby Halt: Hier bekomme ich Essen und Aufmerksamkeit. Klappt es nicht jedes Mal? Kein Problem. Es wirkt, wenn dein Baby sich an diesem Platz schon erwartungsvoll zu dir dreht oder ruhiger trinkt.

the-same-good-morning =
    .title = Jeden Morgen dasselbe Guten Morgen
    .body = Begrüß dein Baby heute beim Aufwachen immer auf dieselbe Weise: Vorhang auf, „Guten Morgen, da bist du ja!“ und eine Umarmung. So ein kleines Ritual macht den Tagesstart vertraut und warm. Ob du aufstehst, deine Partnerin oder dein Partner, falls es jemanden gibt, oder Oma oder Opa: Alle können es so machen. Du merkst es, wenn dein Baby schon lacht oder strampelt, sobald der Vorhang aufgeht.

together-in-the-mirror =
    .title = Gemeinsam in den Spiegel schauen
    .body = Setz dich heute mit deinem Baby auf dem Schoß vor den Spiegel und sag, was du siehst: „Da bist du, und da bin ich. Und hier ist dein Ohr.“ Berühr dabei das Öhrchen. Dein Baby sieht vor allem ein nettes Gesicht; sich selbst erkennt es erst später, doch gemeinsames Schauen und Benennen verbindet schon. Es wirkt, wenn dein Baby den Spiegel anlacht oder von dir zu deinem Spiegelbild schaut.

funny-faces-in-the-mirror =
    .title = Lustige Grimassen im Spiegel
    .body = Halt dein Baby heute aufrecht neben dir vor den Spiegel und schneide ein paar übertriebene Grimassen: erstaunt, fröhlich, Zunge raus. Sag dazu, was es ist: „Oh! Erstaunt!“ So übt dein Baby, Gesichter zu lesen, die Sprache, die Babys schon sprechen, bevor sie Worte haben. Schaut es weg, reicht es erst mal. Es wirkt, wenn dein Baby gebannt schaut, lacht oder deinen Mund nachzumachen versucht.

mirror-by-the-changing-table =
    .title = Ein Spiegel am Wickeltisch
    .body = Stell oder häng heute einen bruchsicheren kleinen Spiegel an den Wickeltisch und schau beim Wickeln gemeinsam mit deinem Baby hinein: „Da sind deine Füßchen! Und hier dein Bauch.“ So wird aus einer Aufgabe ein kleines gemeinsames Spiel, und du verbindest deine Worte mit dem, was dein Baby sieht und spürt. Es wirkt, wenn dein Baby den Spiegel sucht und ruhiger auf dem Wickeltisch liegt.

quiet-corner-after-a-busy-day =
    .title = Nach dem Trubel kurz in eine stille Ecke
    .body = War heute viel los, mit Besuch, Einkaufen oder einem Geburtstag? Such dir danach mit deinem Baby einen ruhigen, etwas dämmrigen Platz, ohne Fernseher oder Musik, und lass dein Baby einfach an dir liegen. Viel Lärm und viele Gesichter können ein Baby überfüllen, und Stille bei dir hilft, alles sacken zu lassen. Es wirkt, wenn der Blick weicher wird, die Fäustchen aufgehen oder dein Baby einschläft.

looking-away-means-a-break =
    .title = Wegschauen heißt: bitte kurz Pause
    .body = Achte heute beim Spielen darauf, wann dein Baby wegschaut, gähnt, Schluckauf bekommt oder wild mit den Ärmchen fuchtelt. Damit sagt es oft: erst mal genug. Hör dann auf zu reden, gib etwas Raum und warte, bis dein Baby dich wieder anschaut. Du merkst, dass du es richtig liest, wenn dein Baby nach so einer Pause von selbst wieder Kontakt sucht.

bright-eyes-time-to-play =
    .title = Wache Augen? Zeit zum Spielen
    .body = Hat dein Baby heute wache Augen, ein offenes Gesicht und strampelnde Beinchen? Dann bittet es um Kontakt. Das ist der Moment für ein Lied, eine Rassel oder lustige Geräusche. Ein Baby braucht nicht nur Ruhe, sondern auch dich als Spielkameradin oder Spielkameraden. Du merkst, dass es passt, wenn dein Baby dich weiter anschaut und immer mehr Laute macht.

one-thing-at-a-time =
    .title = Eins nach dem anderen
    .body = Mach heute beim Spielen Fernseher oder Radio aus und gib deinem Baby nur ein Spielzeug auf einmal. Für ein Baby ist dein Gesicht mit einer Rassel dazu schon eine ganze Welt; mehr auf einmal macht eher unruhig als froh. Du merkst den Unterschied, wenn dein Baby länger konzentriert schaut, nach dem Spielzeug greift und zwischendurch dich anlacht.

answer-the-reach =
    .title = Reagiere, wenn dein Baby nach dir greift
    .body = Streckt dein Baby heute die Ärmchen nach dir aus oder greift nach deinen Haaren oder deinem Finger, dann reagiere: Nimm das Händchen, lächle und sag „Hey, da bist du ja!“ So lernt dein Baby, dass Kontakt suchen funktioniert und dass du da bist. Du musst nicht alles stehen und liegen lassen; ein Blick und ein paar Worte reichen oft. Du merkst es, wenn dein Baby öfter und fröhlicher nach dir greift.

look-where-they-look =
    .title = Schau mit deinem Baby mit
    .body = Folge heute einmal dem Blick deines Babys, zur Lampe, zu wackelnden Blättern, zur Katze, und sprich darüber: „Du siehst die Blätter wackeln, oder?“ Mitzugehen mit dem, was dein Baby fesselt, sagt: Ich sehe, was du siehst. Das ist feinfühliges Reagieren im Kleinen. Es wirkt, wenn dein Baby länger hinschaut und dann zu dir, als wollte es das mit dir teilen.

cheer-the-small-things =
    .title = Freu dich über kleine Dinge
    .body = Lob dein Baby heute begeistert bei jedem Versuch: das Köpfchen heben, ein neuer Laut, ein Griff nach dem Spielzeug. „Wow, das hast du selbst gemacht!“ Dein frohes Gesicht lässt dein Baby spüren, dass das, was es tut, für dich zählt. Du merkst es, wenn dein Baby strahlt, es noch einmal versucht oder nach einem Versuch sofort zu dir schaut.

lend-them-your-calm =
    .title = Leih deinem Baby deine Ruhe
    .body = Weint dein Baby heute heftig, dann atme zuerst selbst einmal tief aus, lass die Schultern sinken und nimm dein Baby an dich. Ein Baby kann sich noch nicht selbst beruhigen und leiht sich dafür deine Ruhe: deinen Herzschlag, deinen Atem, deine Stimme. Es muss nicht sofort still sein. Du siehst, dass es wirkt, wenn das Weinen in Wellen nachlässt und dein Baby sich an dich schmiegt.

the-same-comfort-each-time =
    .title = Immer derselbe Trost
    .body = Wähl heute eine feste Art zu trösten und bleib dabei: zum Beispiel dein Baby aufrecht an deiner Schulter, ein leises „Schhh“ und langsames Wiegen. Wird es immer wieder auf dieselbe Weise beruhigt, lernt dein Baby, wie sich Ruhigwerden anfühlt; später gelingt ihm das Stück für Stück auch selbst. Du merkst es, wenn dein Baby schneller entspannt, sobald du diese vertraute Haltung einnimmst.

eyes-on-each-other-during-a-feed =
    .title = Blickkontakt beim Füttern
    .body = Leg heute bei einer Mahlzeit dein Handy weg und schau dein Baby in Ruhe an. Sag leise etwas oder summ eine Melodie. Sucht dein Baby deinen Blick, halt ihn fest; schaut es weg, ist das auch gut. Solche Momente des Einander-Anschauens sind die Bausteine eurer Bindung. Du merkst es, wenn dein Baby zwischen dem Trinken innehält, um dich anzuschauen, manchmal mit einem Lächeln.

a-song-with-their-name =
    .title = Ein Lied mit dem Namen deines Babys
    .body = Erfinde heute ein einfaches Lied mit dem Namen deines Babys darin, zum Beispiel auf die Melodie von „Alle meine Entchen“. Sing es beim Anziehen oder unterwegs mit dem Kinderwagen. Dein Baby hört seinen Namen oft und fröhlich, und euer Lied wird etwas, das euch gehört. Es wirkt, wenn dein Baby lacht oder still wird, sobald du die ersten Töne anstimmst.

finger-rhyme-on-toes =
    .title = Ein Fingerspiel mit den Zehen
    .body = Spiel heute ein Fingerspiel wie „Das ist der Daumen“ und berühr dabei nacheinander die Fingerchen oder Zehen, am Ende mit einem sanften Kitzeln. Reime mit Berührung verbinden Rhythmus, deine Stimme und deine Hände: drei Dinge, die Babys lieben. Es wirkt, wenn dein Baby bei der letzten Zeile schon erwartungsvoll zappelt oder kichert.

an-extra-cuddle-minute =
    .title = Eine Extraminute Kuscheln
    .body = Nimm dir heute nach einem Nickerchen eine Minute extra, um dein Baby einfach zu halten, ohne dass etwas sein muss. Kuscheln setzt Oxytocin frei, einen Stoff, der eure Bindung stärkt, und es lässt dein Baby spüren, dass es willkommen ist. An einem vollen Tag tut es auch dir gut. Es wirkt, wenn dein Baby sich an dich schmiegt oder dich mit entspanntem Gesichtchen anschaut.

skin-to-skin-still-counts =
    .title = Haut an Haut, auch jetzt noch
    .body = Haut an Haut ist nicht nur etwas für die ersten Tage. Leg dein Baby heute nur mit Windel auf deine nackte Brust, eine Decke über euch beide, während du selbst wach und aufmerksam bleibst. Es hilft deinem Baby bei Wärme, Herzschlag und Anspannung, und alle Eltern und Bezugspersonen können es tun. Es wirkt, wenn dein Baby ruhig atmet und sich ganz entspannt.

guess-out-loud =
    .title = Rate laut, was los ist
    .body = Weint oder quengelt dein Baby heute, dann sag laut, was du denkst: „Bist du müde? Oder hast du Hunger? Mal schauen.“ Du musst nicht gleich richtig raten; Versuchen reicht. So merkt dein Baby, dass jemand zuhört, und oft wirst du selbst dabei auch ruhiger. Du siehst, dass es wirkt, wenn dein Baby beim Klang deiner Stimme kurz still wird und deine Augen sucht.

missed-it-make-it-right =
    .title = Danebengelegen? Mach es wieder gut
    .body = Hast du heute kurz angebunden oder später reagiert als gewollt, weil du müde oder abgelenkt warst? Dann geh zurück zu deinem Baby, nimm es hoch und sag: „Entschuldige, jetzt bin ich da.“ Solche kleinen Patzer gibt es in jeder Familie; das Wiedergutmachen macht eure Bindung sogar stärker. Du merkst es, wenn dein Baby sich trösten lässt und mit einem Blick oder Laut wieder Kontakt aufnimmt.

your-rest-counts-too =
    .title = Deine Ruhe zählt auch
    .body = Such dir heute eine Aufgabe aus, die liegen bleiben darf, und nutz die Zeit, um zu sitzen, zu essen oder zu schlafen. Erschöpfung macht es für jeden schwerer, geduldig und aufmerksam zu bleiben, also ist Ausruhen auch Fürsorge für dein Baby. Bitte ruhig jemanden, beim Einkaufen oder der Wäsche zu helfen. Du merkst es, wenn du beim nächsten Weinen etwas weniger gehetzt bist.

ten-minutes-without-a-screen =
    .title = Zehn Minuten ohne Bildschirm
    .body = Leg dein Handy heute zehn Minuten in ein anderes Zimmer und sei einfach bei deinem Baby, auf dem Boden oder auf dem Sofa. Du musst nichts Besonderes tun; da sein reicht. Schau, was dein Baby macht, und reagiere darauf. Du merkst es, wenn dein Baby öfter zu dir schaut, Laute macht oder lacht, und vielleicht wirst du selbst dabei auch ruhiger.

face-to-face-on-the-floor =
    .title = Auf dem Bauch, Auge in Auge
    .body = Leg dich heute flach auf den Boden, wenn dein Baby in Bauchlage übt, mit deinem Gesicht auf seiner Höhe. Lächle, zieh die Augenbrauen hoch, sprich leise. Dein Gesicht ganz nah macht die harte Arbeit, das Köpfchen zu heben, viel lustiger. Es wirkt, wenn dein Baby das Köpfchen etwas länger hochhält, um dich zu sehen, und dich anlächelt.

glad-you-are-here =
    .title = Zeig deinem Baby, dass du dich über es freust
    .body = Sag heute einfach mal zwischendurch, mit deinem Gesicht ganz nah: „Wie schön, dass du da bist.“ Dein Baby versteht die Worte nicht, spürt aber deinen warmen Blick und deinen frohen Ton. Gerade in solchen kleinen, alltäglichen Momenten entdeckt dein Baby, dass es gesehen wird und willkommen ist. Du merkst es, wenn dein Baby dein Gesicht aufmerksam studiert, lacht oder zurückgurrt.

another-carer-takes-the-bath =
    .title = Lass jemand anderen das Baden übernehmen
    .body = Lass heute jemanden, der oft bei deinem Baby ist, es baden, während du dabei bist: deine Partnerin oder deinen Partner, falls es jemanden gibt, Oma, Opa oder einen festen Babysitter. Ein Baby kann sich auch an andere vertraute Erwachsene binden, und das macht es später leichter, wenn du mal weg bist. Du merkst es, wenn dein Baby die andere Person anlächelt und sich auch von ihr trösten lässt.

picking-up-does-not-spoil =
    .title = Hochnehmen verwöhnt nicht
    .body = Bekommst du den Rat, dein Baby „einfach mal schreien zu lassen“? Bei einem so jungen Baby darfst du ruhig nachschauen und trösten. Ein Baby in diesem Alter weint nicht aus Gewohnheit, sondern weil es etwas braucht, und wer immer wieder gehört wird, lernt, dass Kontakt suchen sich lohnt. Selbstständigkeit kommt später von allein. Du merkst es, wenn dein Baby sich immer leichter trösten lässt.

only-you-will-do-now =
    .title = Nur du bist richtig? Das ist die Bindung
    .body = Protestiert dein Baby heute, wenn jemand anderes es dir abnimmt? In diesem Alter entscheidet sich ein Baby deutlich für die Menschen, an die es gebunden ist. Das ist kein Verwöhnen und nichts, was man abgewöhnen muss, sondern ein Zeichen, dass eure Bindung sichtbar wird. Nimm dein Baby kurz zurück, beruhige es und gib ihm Zeit. Du merkst es, wenn dein Baby in deinen Armen schnell wieder ruhig ist.

not-the-favourite-right-now =
    .title = Gerade nicht der Liebling?
    .body = Will dein Baby heute nur zu dieser einen Bezugsperson und nicht zu dir? Das kann wehtun, ist aber in diesem Alter ganz normal: Die Vorliebe für einen vertrauten Menschen wird stärker. Bleib ruhig und freundlich in der Nähe und mach kleine feste Dinge mit deinem Baby, wie Baden oder ein Lied. Du merkst es, wenn dein Baby auch bei dir wieder lacht und nach deinen Armen greift.

let-strangers-warm-up-slowly =
    .title = Lass Fremde langsam warm werden
    .body = Kommt heute jemand vorbei, den dein Baby selten sieht? Halt dein Baby erst selbst auf dem Schoß und bitte den Besuch, es nicht gleich hochzunehmen, sondern erst mit dir zu reden und ruhig zu lächeln. Fremdeln ist in diesem Alter normal; dein Baby schaut bei dir, ob alles sicher ist. Du merkst es, wenn dein Baby selbst neugierig schaut, lacht oder die Ärmchen zum Besuch ausstreckt.

no-passing-round-when-they-cling =
    .title = Nicht weiterreichen, wenn dein Baby klammert
    .body = Auf einer Familienfeier will jeder dein Baby mal halten. Klammert es sich heute an dich oder versteckt das Gesicht an deinem Hals, darfst du freundlich sagen: „Jetzt gerade nicht, wir schauen uns erst in Ruhe um.“ So zeigst du, dass du die Signale deines Babys ernst nimmst. Es wirkt, wenn dein Baby sich entspannt und sich nach einer Weile selbst neugierig umschaut.

a-short-goodbye-ritual =
    .title = Ein kurzes, festes Abschiedsritual
    .body = Gehst du heute ohne dein Baby weg? Überleg dir einen kurzen, festen Abschied: eine Umarmung, „Tschüss, ich komme wieder“, winken, und dann wirklich gehen. Heimlich davonschleichen ist verlockend, doch plötzliches Verschwinden verunsichert ein Baby eher. Ein vertrauter Abschied macht es vorhersehbar. Etwas Kummer ist normal; es wirkt, wenn dein Baby sich danach von der anderen Person trösten lässt.

make-the-reunion-count =
    .title = Nimm dir Zeit fürs Wiedersehen
    .body = Kommst du heute nach einer Weile zurück, nimm dir kurz Zeit fürs Wiedersehen: Geh auf Augenhöhe, sag „Ich bin wieder da!“ und kuschel, bevor du etwas anderes machst. Dass du immer wiederkommst, zeigt deinem Baby: Auf dich ist Verlass. Manchmal ist dein Baby erst kurz böse oder still; das gehört dazu. Du merkst es, wenn dein Baby nach deinen Armen greift und sich nach einer Weile entspannt.

peekaboo-with-a-cloth =
    .title = Kuckuck mit einem Tuch
    .body = Leg dir heute ein dünnes Tuch über den eigenen Kopf, warte kurz und zieh es weg: „Kuckuck!“ Und dann noch mal, und noch mal. Dein Baby entdeckt, dass du zurückkommst, wenn du kurz weg bist, und dass Weggehen und Wiederkommen sogar ein Spiel sein kann. Du merkst es an der gespannten Stille kurz bevor du auftauchst und am Juchzen, wenn es so weit ist.

let-them-pull-the-cloth =
    .title = Lass dein Baby das Tuch wegziehen
    .body = Spiel heute Kuckuck, aber lass dein Baby das Tuch selbst von deinem Gesicht ziehen, oder leg das Tuch leicht über sein Köpfchen: „Wo bist du? Da bist du ja!“ Selbst für das Ende zu sorgen gibt deinem Baby das Gefühl, etwas bewirken zu können. Du merkst es, wenn dein Baby dir das Tuch zurückgibt oder sich selbst versteckt: noch mal!

peekaboo-round-the-corner =
    .title = Kuckuck um die Ecke
    .body = Versteck dich heute ein paar Sekunden hinter dem Sofa oder der Tür und komm mit einem fröhlichen „Kuckuck!“ wieder hervor. Sprich weiter, während du nicht zu sehen bist, damit dein Baby deine Stimme hört. So übt ihr im Kleinen und spielerisch Weggehen und Wiederkommen. Es wirkt, wenn dein Baby neugierig zur Ecke schaut und lacht, wenn du wieder da bist, statt zu erschrecken.

peekaboo-while-dressing =
    .title = Kuckuck beim Anziehen
    .body = Ziehst du deinem Baby heute einen Pulli über den Kopf, mach ein Spiel daraus: „Wo ist dein Gesicht? Kuckuck!“ So wird ein Moment, den viele Babys nicht mögen, zu einem vorhersehbaren Spaß. Kurz nichts sehen und dich dann wiederfinden ist für dein Baby jedes Mal eine kleine Beruhigung. Du merkst es, wenn dein Baby weniger zappelt und schon lacht, wenn der Pulli kommt.

keep-the-circle-small =
    .title = Halte den Kreis klein und vertraut
    .body = Schau heute einmal, wer alles für dein Baby sorgt. Ein Baby bindet sich an ein paar Menschen, die oft in der Nähe sind, also funktioniert eine kleine, feste Gruppe besser als viele wechselnde Gesichter. Bei Kita oder Babysitter gilt: lieber immer dieselbe Person oder feste Tage. Du merkst es, wenn dein Baby diese vertrauten Menschen fröhlich begrüßt und sich von ihnen trösten lässt.

settle-in-step-by-step =
    .title = Schritt für Schritt in der Kita ankommen
    .body = Kommt dein Baby bald in die Kita oder zu einem neuen Babysitter? Plan ein paar kurze Eingewöhnungszeiten: erst eine Stunde gemeinsam, dann kurz ohne dich, dann länger. So lernt dein Baby die neue Bezugsperson in kleinen Schritten kennen, während du noch der vertraute Anker bist. Frag ruhig nach einer festen Bezugsperson dort. Es wirkt, wenn dein Baby sich dort umschaut, spielt und trösten lässt.

share-your-comfort-secrets =
    .title = Teile deine Trostgeheimnisse
    .body = Schreib heute für Babysitter, Großeltern oder Kita auf, wie ihr euer Baby tröstet und zum Schlafen bringt: welches Lied, welches Kuscheltier, welche Art zu wiegen. Reagiert jemand anderes genauso, erkennt dein Baby das wieder und fühlt sich schneller sicher. Ein Baby kann auch zu ihnen eine gute Bindung aufbauen. Du merkst es, wenn du hörst, dass dein Baby beim vertrauten Lied zur Ruhe kam.

a-regular-day-with-someone-else =
    .title = Ein fester Termin mit Oma, Opa oder jemand anderem
    .body = Vereinbare heute mit einer Oma, einem Opa, einer Nachbarin oder einem guten Freund, dass sie dein Baby öfter sehen, am besten fest, etwa jeden Mittwoch. Ein Baby kann sich auch an andere Erwachsene binden, die regelmäßig und liebevoll da sind, und das ist ein schönes Geschenk für später. Du merkst es, wenn dein Baby diese Person erkennt, lacht und sich immer leichter von ihr hochnehmen lässt.

a-bond-with-the-childcare-worker =
    .title = Eine Bindung zur Kita ist eine gute Nachricht
    .body = Streckt dein Baby heute die Ärmchen nach der Erzieherin oder dem Erzieher in der Kita aus? Das kann kurz einen Stich geben, ist aber eine gute Nachricht: Dein Baby fühlt sich dort sicher. Dein Platz bleibt einzigartig; ein Kind kann sich an mehrere Menschen binden, ohne dass die Bindung zu dir kleiner wird. Du merkst es, wenn dein Baby dich beim Abholen froh anschaut und sich an dich kuschelt.

you-on-the-floor-them-exploring =
    .title = Du auf dem Boden, dein Baby auf Entdeckungstour
    .body = Setz dich heute auf den Boden, während dein Baby spielt, rollt oder wegkrabbelt, und bleib einfach dort, ruhig und sichtbar. Dein Baby traut sich weiter zu entdecken, weil du der vertraute Ausgangspunkt bist. Du musst nicht mitspielen; da sein reicht. Du merkst, dass es wirkt, wenn dein Baby sich immer wieder nach dir umschaut, für ein Streicheln zurückkommt und dann wieder loszieht.

open-arms-after-a-fright =
    .title = Offene Arme nach einem Schreck
    .body = Kommt dein Baby heute nach einem Schreckmoment, einem lauten Knall oder einem kleinen Sturz weinend zu dir, dann öffne die Arme und fang es auf. Du musst nicht sagen, dass es nichts war. Weiß dein Baby, dass du der Hafen bist, zu dem es zurückkehren kann, traut es sich danach wieder weiter. Du merkst es, wenn dein Baby nach dem Trösten von selbst wieder vom Schoß rutscht, um weiterzuspielen.

say-what-they-feel =
    .title = Sag, was dein Baby fühlt
    .body = Sag heute laut, was dein Baby wohl fühlt: „Du hast dich vor dem lauten Geräusch erschreckt, oder?“ oder „Du bist wütend, du wolltest den Baustein haben.“ Dein Baby versteht die Worte noch nicht, merkt aber an deinem Ton, dass du siehst, was in ihm vorgeht. So wächst das Gefühl: Was ich fühle, darf sein. Du merkst es, wenn dein Baby dich anschaut, während du sprichst, und schneller ruhig wird.

wonder-aloud-what-they-think =
    .title = Frag dich laut, was dein Baby denkt
    .body = Siehst du dein Baby heute gebannt auf etwas schauen, dann sag, was wohl in seinem Köpfchen vorgeht: „Was ist das für ein Ding, was meinst du? Das willst du bestimmt greifen, oder?“ Indem du dich in dein Baby hineinversetzt und es aussprichst, lernst du es immer besser kennen. Es wirkt, wenn dein Baby dich kurz anschaut, als wollte es sagen: Ja, genau.

a-day-you-can-predict =
    .title = Ein Tagesrhythmus, den man vorhersehen kann
    .body = Schreib heute einmal auf, wie euer Tag ungefähr abläuft: aufwachen, essen, schlafen, rausgehen, baden. Versuch, diesen Rhythmus in der kommenden Woche ungefähr beizubehalten, auch wenn jemand anderes auf dein Baby aufpasst. Ein erkennbarer Tag macht die Welt überschaubar und dadurch sicher. Du merkst es, wenn dein Baby leichter ins Essen oder Schlafen findet, weil es schon weiß, was kommt.

a-rough-day-say-it-and-slow-down =
    .title = Ein blöder Tag? Sag es und mach langsam
    .body = Fühlst du dich heute angespannt oder gereizt? Dann sag es deinem Baby mit ruhiger Stimme: „Ich bin müde, aber ich bin da.“ Mach alles etwas langsamer. Schnell wechselnde Launen von Erwachsenen können ein Baby verwirren; eine ruhige Stimme und ruhige Gesten helfen schon viel. Fühlt es sich oft so an, sprich mit jemandem, dem du vertraust, oder mit dem Consultatiebureau (der Kinderberatungsstelle).

hide-a-toy-under-a-cloth =
    .title = Ein Spielzeug unter einem Tuch verstecken
    .body = Versteck heute, während dein Baby zuschaut, ein Spielzeug halb unter einem Tuch und frag: „Wo ist der Ball?“ Lass dein Baby suchen und jubel, wenn es ihn findet. So entdeckt dein Baby, dass Dinge, und Menschen, weiter da sind, wenn sie kurz nicht zu sehen sind. Dadurch wird auch dein Weggehen etwas verständlicher. Es wirkt, wenn dein Baby am Tuch zieht und das Spielzeug stolz hochhält.

out-of-sight-but-not-out-of-earshot =
    .title = Kurz weg, aber zu hören
    .body = Musst du heute kurz in ein anderes Zimmer, dann sag es, bevor du gehst: „Ich hol schnell die Wäsche, ich bin gleich zurück.“ Sprich oder sing, während du weggehst, damit dein Baby dich weiter hört, und komm zurück, wie du gesagt hast. So merkt dein Baby: Was angekündigt wird, stimmt auch. Es wirkt, wenn dein Baby weniger laut protestiert oder kurz abwartet, statt sofort zu weinen.

tears-at-goodbye-are-no-failure =
    .title = Tränen beim Abschied sind kein Versagen
    .body = Weint dein Baby heute, wenn du gehst, in der Kita oder bei den Großeltern? In diesem Alter ist das ganz normal: Dein Baby versteht, dass du weg bist, aber noch nicht richtig, dass du wiederkommst. Das sagt etwas Schönes über eure Bindung, nicht etwas Schlechtes über dich. Verabschiede dich freundlich und vertrau der Betreuung. Es läuft gut, wenn du hörst, dass dein Baby bald wieder gespielt hat.

something-familiar-from-home =
    .title = Etwas Vertrautes von zu Hause mitgeben
    .body = Geht dein Baby heute in die Kita, zum Babysitter oder zu den Großeltern? Dann gib etwas Bekanntes mit: den eigenen Schlafsack, ein Kuscheltier oder ein Tuch, das nach zu Hause riecht. Vertraute Dinge machen einen anderen Ort etwas weniger fremd. Sie ersetzen dich nicht, aber sie helfen ein bisschen. Du merkst es, wenn dein Baby nach dem Kuscheltier greift, sobald es sich irgendwo unsicher fühlt.

let-them-lead-the-game =
    .title = Lass dein Baby das Spiel bestimmen
    .body = Schau heute beim Spielen erst, was dein Baby will: Haut es mit dem Löffel auf den Tisch, mach es nach; wirft es etwas auf den Boden, heb es auf und gib es zurück. Folgen statt führen lässt dein Baby spüren, dass sein Wille zählt. Es wirkt, wenn dein Baby dich erwartungsvoll anschaut, das Spiel wiederholt und dich zum Mitmachen einlädt.

clap-your-hands-song =
    .title = Backe, backe Kuchen
    .body = Sing heute „Backe, backe Kuchen“ und klatsch mit deinem Baby: erst mit deinen Händen um die deines Babys, später vielleicht allein. Lieder mit festen Bewegungen werden zu einem vertrauten Spiel, das dein Baby auch bei Großeltern oder Babysitter wiederfinden kann. So nimmst du etwas von zu Hause mit an andere Orte. Es wirkt, wenn dein Baby schon klatscht oder wippt, sobald du das Lied anstimmst.

there-at-night-too =
    .title = Auch nachts bist du da
    .body = Wird dein Baby heute Nacht öfter wach als früher? In diesem Alter passiert das oft, auch weil dein Baby besser merkt, dass du manchmal nicht da bist. Geh nachschauen, leg eine Hand auf dein Baby und sag leise: „Ich bin hier.“ Das bestätigt immer wieder: Wenn ich rufe, kommt jemand. Es wirkt, wenn dein Baby schneller wieder einschläft. Bist du völlig erledigt? Wechsle dich ab, wenn das geht.

only-you-will-do-take-a-break-anyway =
    .title = Nur du bist richtig? Mach trotzdem Pause
    .body = Will dein Baby nur bei dir sein und macht dich das müde? Sehr verständlich. Plan trotzdem kleine Pausen: Lass jemanden, dem du vertraust, mit deinem Baby eine Runde drehen, oder dusch zehn Minuten, während jemand anderes aufpasst. Wer ausgeruht ist, hat mehr Geduld, und dein Baby lernt, dass die andere Person auch sicher ist. Du merkst es, wenn du dein Baby wieder mit mehr Lust hochnimmst.

safe-seen-soothed =
    .title = Sicher, gesehen, getröstet
    .body = Halt heute Abend kurz inne und schau auf den Tag. War dein Baby sicher? Wurde es gesehen, und sei es nur in ein paar Blicken? Wurde es getröstet, als es nötig war? Kannst du meistens „ja, so ungefähr“ sagen, dann wächst in deinem Baby ein Gefühl von Sicherheit. Perfekt muss es nicht sein. Du merkst es an einem Baby, das dich sucht, wenn ihm etwas nicht geheuer ist.

point-and-name =
    .title = Zeig und benenne
    .body = Zeig heute ein paarmal auf etwas und benenne es: „Schau, die Katze!“ Schau danach dein Baby an und dann wieder die Katze. In diesem Alter beginnt dein Baby zu verstehen, dass dein Finger auf etwas zeigt, und gemeinsam auf dasselbe zu schauen ist eine neue Art von Kontakt. Es wirkt, wenn dein Baby mit den Augen deinem Finger folgt und danach dich anschaut.

cuddles-for-a-busy-explorer =
    .title = Kuscheln bleibt wichtig
    .body = Jetzt, wo dein Baby sich mehr bewegt und entdecken will, kommt langes Kuscheln vielleicht zu kurz. Schaff heute bewusst ein paar ruhige Momente: zusammen auf dem Sofa nach dem Essen, eng an dich gekuschelt vor dem Schlafen. Berührung nährt eure Bindung weiter, auch jetzt, wo dein Baby größer wird. Du merkst es, wenn dein Baby sich von selbst an dich kuschelt oder den Kopf auf deine Schulter legt.

name-the-fall =
    .title = Sag, was du siehst, nach einem Sturz
    .body = Fällt dein Kind heute hin, geh kurz auf Augenhöhe und sag, was passiert ist: „Bumm, du bist aufs Knie gefallen. Da hast du dich erschreckt, oder?“ Worte für ein Gefühl helfen deinem Kind zu verstehen, was in ihm passiert. Du merkst, dass es wirkt, wenn das Weinen schneller nachlässt oder wenn dein Kind dir später selbst zeigt, wo es wehgetan hat.

be-the-fixed-point =
    .title = Sei heute der feste Punkt
    .body = Setz dich auf dem Spielplatz oder im Zimmer an einen Platz, gut sichtbar, und bleib eine Weile dort. Dein Kind darf weglaufen und zurückkommen, wann es will. Wer weiß, dass du sitzen bleibst, traut sich ein Stückchen weiter. Du siehst, dass es wirkt, wenn dein Kind sich kurz umschaut oder sich kurz an dein Knie lehnt und dann wieder loszieht.

open-arms-first =
    .title = Erst offene Arme, Fragen später
    .body = Kommt dein Kind heute weinend oder erschrocken zu dir, dann öffne erst einfach deine Arme, noch ohne Fragen oder Erklärungen. Ein sicherer Hafen, um zu Atem zu kommen, macht es danach leichter, wieder auf Entdeckung zu gehen. Du merkst, dass es wirkt, wenn dein Kind nach einer Weile von selbst von deinem Schoß will und wieder spielt.

count-to-ten-before-helping =
    .title = Zähl bis zehn, bevor du hilfst
    .body = Siehst du dein Kind heute mit einem Baustein, einem Deckel oder einem Schuh kämpfen, dann zähl in Ruhe bis zehn, bevor du hilfst. So bekommt dein Kind die Chance, selbst etwas herauszufinden, mit dir in der Nähe als Sicherheitsnetz. Du siehst es an diesem stolzen Blick, wenn es klappt, oder an einem Händchen, das dich dazuholt, wenn es wirklich nicht geht.

choice-of-two =
    .title = Lass dein Kind zwischen zwei Dingen wählen
    .body = Lass dein Kind heute ein paarmal zwischen zwei Dingen wählen: der rote oder der blaue Becher, erst die Hose oder erst der Pulli. So eine kleine Wahl lässt dein Kind spüren, dass es zählt, was es selbst will. Du merkst es an etwas weniger Kampf beim Anziehen oder daran, wie entschieden dein Kind auf eins von beiden zeigt.

repair-after-snapping =
    .title = Die Nerven verloren? Mach es wieder gut
    .body = Hast du heute die Nerven verloren, setz dich neben dein Kind, sobald du selbst etwas ruhiger bist, und sag: „Ich bin gerade sehr wütend geworden. Da hast du dich erschreckt, oder? Es tut mir leid.“ Nach einem Krach wieder gutmachen stärkt die Bindung mehr, als nie Krach zu haben. Du siehst, dass es wirkt, wenn dein Kind wieder zu dir kommt, dich anschaut oder einfach neben dir weiterspielt.

goodbye-ritual-at-childcare =
    .title = Ein fester Abschied in der Kita
    .body = Überleg dir einen kurzen Abschied, der jedes Mal gleich abläuft, etwa eine Umarmung, Winken am Fenster und „Bis heute Nachmittag, nach dem Obst.“ Schleich dich lieber nicht weg. Eine feste Reihenfolge macht den Abschied vorhersehbar, auch wenn es Tränen gibt. Du merkst, dass es wirkt, wenn dein Kind nach ein paar Wochen bei der vertrauten Bezugsperson in der Kita schneller zur Ruhe kommt.

one-line-for-the-carer =
    .title = Gib der Kita einen Satz mit
    .body = Erzähl beim Bringen der Erzieherin, dem Erzieher oder dem Babysitter eine Sache: „Hat schlecht geschlafen“ oder „Ist total verrückt nach Zügen.“ Frag beim Abholen auch nach einer Sache. So läuft ein Faden zwischen Zuhause und dem anderen Ort, und der Tag wird für dein Kind eher zu einem Ganzen. Du merkst es, wenn die Betreuungsperson etwas damit anfängt und dein Kind dich leichter loslässt.

small-circle-of-sitters =
    .title = Halte den Kreis der Babysitter klein
    .body = Braucht ihr diese Woche jemanden zum Aufpassen, dann frag lieber immer dieselben ein oder zwei Menschen als jedes Mal jemand Neues. Ein kleines Kind bindet sich an eine Handvoll vertrauter Erwachsener, die oft in der Nähe sind. Du merkst, dass es wirkt, wenn dein Kind den Babysitter beim Hereinkommen erkennt und nach einer Weile selbst hinkrabbelt oder hinläuft.

new-carer-step-by-step =
    .title = Lass eine neue Bezugsperson langsam vertraut werden
    .body = Kommt ein neuer Babysitter oder wechselt dein Kind in eine neue Gruppe, plan zuerst einen gemeinsamen Besuch, bei dem du im Raum bleibst. Danach eine kurze Stunde ohne dich, und erst später länger. Mit dir als sicherer Basis kann dein Kind die neue Person in seinem eigenen Tempo kennenlernen. Du siehst, dass es wirkt, wenn dein Kind diese Person anlächelt oder etwas von ihr annimmt.

a-ritual-with-another-carer =
    .title = Gönn einer anderen Bezugsperson ein eigenes Ritual
    .body = Lass eine Oma, einen Opa, den Babysitter oder eine andere feste Bezugsperson etwas Eigenes mit deinem Kind haben: ein bestimmtes Lied, zusammen Enten füttern, auf dem Schoß „Zeitung lesen“. Dein Kind kann mit mehreren vertrauten Erwachsenen eine echte Bindung aufbauen, und dir nimmt das nichts weg. Du merkst es, wenn dein Kind schon strahlt oder winkt, sobald diese Person hereinkommt.

five-minutes-at-pickup =
    .title = Fünf Minuten zusammen nach dem Abholen
    .body = Weint dein Kind beim Abholen oder tut es so, als wärst du Luft? Das ist ganz normal: Bei dir darf die Anspannung des Tages endlich raus. Nimm dir nach dem Wiedersehen fünf Minuten nur für euch beide, auf dem Sofa oder draußen auf einer Bank, bevor du mit Einkaufen oder Kochen anfängst. Du merkst, dass es wirkt, wenn dein Kind danach ruhiger ist und wieder Lust zum Spielen hat.

peekaboo-behind-the-door =
    .title = Kuckuck hinter der Tür
    .body = Mach das Kuckuckspiel heute eine Stufe größer: Versteck dich halb hinter einer Tür oder dem Sofa, ruf leise den Namen deines Kindes und komm dann lachend hervor. So wird Weggehen und Wiederkommen zu einem Spiel, an dem dein Kind selbst Freude hat. Du siehst, dass es wirkt, wenn dein Kind dich sucht, vor Lachen kreischt oder das Spiel selbst von vorn beginnt.

toy-under-the-cloth =
    .title = Versteck ein Spielzeug unter einem Tuch
    .body = Leg ein Tuch über ein Spielzeug, während dein Kind zuschaut, und frag: „Wo ist der Bär hin?“ Lass dein Kind das Tuch selbst hochheben. Dieses Spiel übt die Idee, dass etwas, das kurz weg ist, wiederkommt, und das gilt auch für dich. Du merkst es, wenn dein Kind das Tuch immer schneller wegzieht oder dir das Spielzeug gibt, damit du es noch mal versteckst.

toddler-hides-you-seek =
    .title = Lass dein Kind sich verstecken
    .body = Kleinkinder verstecken sich gern, auch wenn ihre Füße oft unter dem Vorhang hervorschauen. Such laut und ein bisschen langsam: „Ist es unter dem Tisch? Nein … hinter dem Stuhl?“ So bestimmt dein Kind selbst, wann es weg ist und wann es gefunden wird. Du siehst, dass es wirkt, wenn dein Kind kichernd hervorspringt und sofort noch mal will.

favourite-book-again =
    .title = Lies das Lieblingsbuch noch einmal
    .body = Holt dein Kind heute wieder dasselbe Buch, dann lies es ruhig zum zwanzigsten Mal vor. Halt ab und zu kurz vor einem bekannten Wort inne und lass dein Kind ergänzen oder zeigen. Wiederholung fühlt sich für ein kleines Kind sicher an, weil es weiß, was kommt. Du merkst es, wenn dein Kind dir das Buch selbst bringt, auf deinen Schoß klettert und schon zu blättern beginnt.

feelings-in-picture-books =
    .title = Such die Gefühle im Bilderbuch
    .body = Schau beim Vorlesen mit deinem Kind auf die Gesichter im Buch: „Schau, der Hase weint. Er hat sein Kuscheltier verloren.“ So lernt dein Kind Wörter für Gefühle kennen, in einem ruhigen, sicheren Moment auf deinem Schoß. Du siehst, dass es wirkt, wenn dein Kind selbst auf ein fröhliches oder wütendes Gesicht zeigt oder das Weingeräusch nachmacht.

bedtime-in-the-same-order =
    .title = Eine feste Reihenfolge fürs Schlafengehen
    .body = Wähl eine kurze, feste Reihenfolge fürs Zubettgehen, zum Beispiel: Zähne putzen, Schlafanzug, ein Buch, ein Lied, Licht aus. Bleib heute Abend dabei, auch wenn der Tag anders lief. Wenn dein Kind weiß, was kommt, fällt es ihm leichter, den Tag loszulassen. Du merkst es, wenn dein Kind nach einer Weile selbst das Buch holt oder beim Lied schon gähnt.

warn-before-a-change =
    .title = Kündige einen Wechsel vorher an
    .body = Sag heute vor jedem Wechsel kurz, was gleich kommt: „Noch einmal rutschen, dann gehen wir nach Hause.“ Ein Zeichen vorher gibt deinem Kind Zeit loszulassen, statt überrumpelt zu werden. Du merkst, dass es wirkt, wenn das Aufhören mit dem Spielen etwas leichter geht. Protest darf trotzdem sein, der gehört dazu.

name-the-anger =
    .title = Gib der Wut einen Namen
    .body = Bekommt dein Kleinkind heute einen Wutanfall, bleib in der Nähe und sag kurz, was du siehst: „Du bist so wütend. Du wolltest noch einen Keks.“ Du musst den Keks nicht geben, um das Gefühl ernst zu nehmen. Ein Gefühl mit einem Namen ist für ein kleines Kind weniger überwältigend. Du merkst es, wenn der Sturm schneller vorbeizieht und dein Kind danach zu dir kommt, um sich auszuweinen.

guess-aloud-what-they-mean =
    .title = Rate laut, was dein Kind meint
    .body = Zeigt oder quengelt dein Kind heute nach etwas, dann rate laut: „Willst du den Ball? Nein? Ach, den Becher!“ Auch wenn du danebenliegst, zeigst du, dass du wirklich verstehen willst, was in diesem kleinen Kopf vorgeht. Du merkst es, wenn dein Kind nickt, erleichtert lacht oder deine Hand nimmt, um dich zum richtigen Ding zu bringen.

let-them-refuel =
    .title = Lass dein Kind kurz auftanken
    .body = Kommt dein Kind beim Spielen immer wieder kurz an dein Bein? Dann gib ihm ein Streicheln, ein Zwinkern oder ein Wort und lass es wieder gehen. Dieses Zurückkommen ist Auftanken: Mit vollem Tank traut sich dein Kind wieder auf Entdeckungsreise. Du merkst es, wenn die Ausflüge nach ein paar Malen von selbst etwas länger und weiter werden.

your-face-says-its-safe =
    .title = Zeig mit deinem Gesicht, dass es sicher ist
    .body = Zögert dein Kind bei etwas Neuem, etwa einem Hund oder einem fremden Menschen, schaut es oft zuerst in dein Gesicht. Schenk ihm einen ruhigen, freundlichen Blick und sag: „Das ist der Hund von den Nachbarn, der ist lieb.“ Dein Gesicht ist für dein Kind wie ein Kompass in einer unbekannten Lage. Du siehst, dass es wirkt, wenn dein Kind sich entspannt und vorsichtig einen Schritt näher geht.

little-helper =
    .title = Lass dein Kind mithelfen
    .body = Gib deinem Kind heute eine Aufgabe, die zu einem Kleinkind passt: die Löffel zum Tisch bringen, Socken in die Waschmaschine werfen, die Tür für dich aufdrücken. Es geht langsamer und chaotischer, und das ist völlig in Ordnung. Mitmachen lässt dein Kind spüren, dass es etwas kann und dazugehört. Du merkst es am Stolz in seinem Blick und am „Selber machen!“, das folgt.

spills-are-practice =
    .title = Ein Missgeschick ist einfach Üben
    .body = Verschüttet dein Kind heute beim Selbsteinschenken etwas, oder fällt der Turm um? Sag locker: „Hoppla, das ist übergelaufen. Holst du ein Tuch?“ Fehler gehören zum Lernen, und ein Kind, das ohne Scham scheitern darf, probiert es weiter. Du merkst es, wenn dein Kind es beim nächsten Mal einfach wieder selbst machen will, ohne dich ängstlich anzuschauen.

cheer-the-trying =
    .title = Jubel fürs Probieren
    .body = Probiert dein Kind heute etwas, das Mut braucht, etwa eine Stufe hochzuklettern, dann bleib in der Nähe und benenne die Mühe: „Du gibst echt nicht auf!“ Kinder, die wissen, dass jemand sie auffängt, trauen sich mehr und stecken Rückschläge besser weg. Du siehst, dass es wirkt, wenn dein Kind nach einem misslungenen Versuch nicht aufgibt, sondern dich anschaut und es noch mal macht.

take-small-fears-seriously =
    .title = Nimm eine kleine Angst ernst
    .body = Erschrickt dein Kind heute vor dem Staubsauger, dem Föhn oder einem bellenden Hund? Sag lieber „Das war ein lautes Geräusch, oder? Da hast du dich erschreckt“ als „Da ist doch nichts“. Wird eine Angst anerkannt, muss dein Kind nicht lauter weinen, um gehört zu werden. Du merkst es, wenn dein Kind sich schneller trösten lässt und nach einer Weile wieder neugierig schaut.

lend-your-calm =
    .title = Leih deinem Kind deine Ruhe
    .body = Gerät dein Kind heute völlig aus dem Gleichgewicht, geh zuerst selbst in die Hocke, atme langsam aus und sprich leiser als sonst. Der Teil des Gehirns, der große Gefühle bremst, ist bei einem Kleinkind noch mitten im Aufbau, also leiht sich dein Kind deine Ruhe. Du merkst es, wenn der Atem deines Kindes langsamer wird und der kleine Körper sich an dich sinken lässt.

stop-the-hit-not-the-feeling =
    .title = Stopp den Schlag, nicht das Gefühl
    .body = Schlägt oder beißt dein Kind heute aus Frust, halt ruhig die Hand fest und sag: „Ich lasse nicht zu, dass du haust. Du bist wütend, weil dir jemand die Schaufel weggenommen hat.“ Grenze und Verständnis passen gut zusammen, denn hinter schwierigem Verhalten steckt fast immer ein Gefühl, das gesehen werden will. Du siehst, dass es wirkt, wenn dein Kind danach zu dir kommt, statt weiterzukämpfen.

narrate-what-you-do-together =
    .title = Erzähl, was ihr zusammen macht
    .body = Sprich heute bei einer Aufgabe mit wie ein ruhiger Reporter: „Ich schneide den Apfel. Du hältst die Schüssel. Jetzt kommt die Schale in den Eimer.“ So hört dein Kind viele Wörter genau in dem Moment, in dem es sieht, was sie bedeuten, und fühlt sich einbezogen. Du merkst es, wenn dein Kind ein Wort nachzusprechen versucht oder auf das Ding zeigt, das du nennst.

knee-ride-with-a-drop =
    .title = Ein Kniereiter mit spannendem Plumps
    .body = Sing heute ein Reiterlied wie „Hoppe hoppe Reiter“ mit deinem Kind auf den Knien, mit einem „Plumps“ zwischen deine Beine am Ende. Warte kurz vor dem Plumps einen Moment. Der spannende Moment mit vertrautem Ausgang lässt dein Kind spüren, dass du es immer auffängst. Du merkst es, wenn dein Kind schon vor dem Plumps juchzt und mit einer Geste oder einem Laut um noch eine Runde bittet.

mirror-faces =
    .title = Grimassen vor dem Spiegel
    .body = Setz dich mit deinem Kind vor den Spiegel, dann schneidet ihr abwechselnd Grimassen: erstaunt, fröhlich, wütend, traurig. Sag dazu, was du machst: „Schau, jetzt bin ich wütend! Und jetzt wieder froh.“ So übt dein Kind spielerisch, wie Gefühle aussehen, bei sich selbst und bei dir. Du siehst, dass es wirkt, wenn dein Kind dich nachmacht, selbst eine lustige Grimasse zieht und dich lachend anschaut.

rough-and-tumble-stop =
    .title = Toben, und aufhören bei „Stopp“
    .body = Tob oder kitzel heute ein bisschen auf dem Bett oder dem Sofa, und hör sofort auf, wenn dein Kind „Stopp“ sagt, dich wegschiebt oder sich wegdreht. Warte dann, bis es von selbst weitermachen will. Zusammen lachen und sich berühren stärkt die Bindung, und dein Kind lernt, dass es über seinen eigenen Körper bestimmen darf. Du merkst es, wenn dein Kind wieder zu dir krabbelt, um weiterzumachen.

morning-cuddle =
    .title = Ein Kuschelmoment beim Aufstehen
    .body = Beginn den Tag mit ein paar Minuten Kuscheln, bevor ihr aufsteht: zusammen unter einer Decke oder dein Kind kurz an dich gekuschelt auf dem Sofa. Ruhige Berührung setzt im Körper Oxytocin frei, einen Stoff, der eure Bindung stärkt. Du merkst es, wenn dein Kind sich entspannt, sich an dich schmiegt oder morgen selbst danach fragt.

ten-minutes-following =
    .title = Zehn Minuten im Spiel folgen
    .body = Spiel heute zehn Minuten, in denen dein Kind bestimmt. Mach nach, was es tut, sag, was du siehst, und lass „richtig spielen“ oder etwas beibringen mal los. Folgen statt lenken zeigt deinem Kind, dass zählt, was es selbst spannend findet. Du siehst, dass es wirkt, wenn dein Kind dich öfter anschaut, dir etwas reicht oder länger dabeibleibt als sonst.

answer-every-look =
    .title = Reagiere auf jedes „Schau mal!“
    .body = Achte heute auf die kleinen Einladungen deines Kindes: ein zeigender Finger, ein „Schau!“, ein Steinchen, das es dir in die Hand drückt. Reagiere, und sei es nur kurz: „Wow, ein Steinchen! Für mich?“ Solche kleinen Antworten sagen deinem Kind, dass es sich lohnt, Kontakt zu suchen. Du merkst es, wenn dein Kind dir öfter etwas zeigt und dabei gespannt auf deine Reaktion wartet.

strangers-from-your-lap =
    .title = Lass Besuch erst aus sicherer Entfernung kommen
    .body = Kommt heute jemand zu Besuch, den dein Kind noch nicht gut kennt, dann gib dein Kind nicht gleich weiter. Lass es erst von deinem Schoß aus schauen und selbst bestimmen, wann es näher will. Vor Fremden auf der Hut zu sein gehört zu diesem Alter und zeigt, dass dein Kind weiß, bei wem es sicher ist. Du siehst, dass es wirkt, wenn dein Kind nach einer Weile lacht oder etwas herüberreicht.

say-when-you-leave-the-room =
    .title = Sag Bescheid, wenn du kurz rausgehst
    .body = Gehst du heute kurz in die Küche oder aufs Klo, sag kurz: „Ich geh kurz in die Küche, ich bin gleich zurück.“ Und komm dann auch wirklich zurück, mit einem fröhlichen „Da bin ich wieder!“ Kleine Abschiede, die gut ausgehen, lehren dein Kind, dass du zurückkommst, wenn du gehst. Du merkst es, wenn dein Kind weniger in Panik gerät, sobald du kurz nicht zu sehen bist.

quiet-hour-after-a-busy-day =
    .title = Eine ruhige Stunde nach einem vollen Tag
    .body = War heute viel los, mit einem Geburtstag, Einkäufen oder vielen neuen Menschen? Dann plan eine ruhige Stunde: Licht etwas gedämpft, kein Fernseher, zusammen etwas Einfaches wie Bauklötze stapeln oder baden. Zu viele Eindrücke können ein kleines Kind überfluten, auch wenn es sie genossen hat. Du merkst es, wenn das Quengeln nachlässt und dein Kind ruhig spielt oder leichter einschläft.

show-me-again =
    .title = „Ich versteh es noch nicht, zeig es mir noch mal“
    .body = Wird dein Kind heute frustriert, weil du nicht verstehst, was es will? Sag ehrlich: „Ich versteh es noch nicht. Zeigst du es mir?“ und geh mit. Sich mal zu verpassen ist ganz normal, und gemeinsam neu herauszufinden, was gemeint war, macht die Bindung sogar stärker. Du merkst es, wenn dein Kind deine Hand nimmt, dich mitzieht und erleichtert ist, wenn es klappt.

reconnect-after-no =
    .title = Nach einem „Nein“ wieder zueinanderfinden
    .body = Hast du heute „Nein“ gesagt und war dein Kind todtraurig? Bleib bei deinem Nein, aber such ein paar Minuten später wieder Kontakt: einen Arm um dein Kind und „Das fandest du doof, oder? Ich bin noch da.“ Grenze und warme Bindung passen gut zusammen, solange danach wieder Verbindung kommt. Du merkst es, wenn dein Kind sich umarmen lässt und der Streit schneller vergessen ist, als du dachtest.

walk-at-toddler-pace =
    .title = Spazier im Kleinkindtempo
    .body = Mach heute eine kurze Runde, bei der dein Kind das Tempo bestimmt. Bleib bei jedem Steinchen, jeder Schnecke und jedem Gullydeckel stehen und schau wirklich mit: „Was hast du gefunden?“ Wenn du langsamer wirst und dich dem Tempo deines Kindes anpasst, fühlt es sich gesehen in dem, was es spannend findet. Du merkst es, wenn dein Kind dich an der Hand zur nächsten Entdeckung zieht.

echo-and-add-a-word =
    .title = Wiederhol das Wort und mach es größer
    .body = Sagt dein Kind heute ein Wort oder einen Laut, etwa „Auto“ oder „bäh“, dann wiederhol es fröhlich und mach etwas mehr daraus: „Ja, ein Auto! Ein blaues Auto.“ So hört dein Kind, dass du zuhörst, und bekommt ein kleines Stück mehr Sprache zurück. Du merkst es, wenn dein Kind öfter Wörter an dir ausprobiert und dich dabei erwartungsvoll anschaut.

a-piece-of-home =
    .title = Gib ein Stück Zuhause mit
    .body = Lass dein Kind heute ein vertrautes Kuscheltier, ein Tuch oder ein Foto von zu Hause mit in die Kita oder zum Babysitter nehmen. Etwas, das nach zu Hause riecht, schlägt eine Brücke zwischen dir und dem anderen Ort. Vereinbare mit der Betreuung, dass es immer in Reichweite liegen darf. Du merkst es, wenn dein Kind beim Abschied oder vor dem Schlafen danach greift und danach schneller ruhig wird.

talk-about-other-carers =
    .title = Sprich zu Hause über die anderen Bezugspersonen
    .body = Nenn heute zu Hause den Namen der Bezugsperson in der Kita, des Babysitters oder von Oma oder Opa und schau dir vielleicht mit deinem Kind ein Foto an: „Morgen gehst du wieder zu Lotte.“ So gehören die Menschen, bei denen sich dein Kind auch sicher fühlt, zu einer vertrauten Welt. Du merkst es, wenn dein Kind beim Namen aufhorcht, auf das Foto zeigt oder den Namen selbst zu sagen versucht.

say-exactly-what-you-liked =
    .title = Sag genau, was dir gefallen hat
    .body = Lob dein Kind heute ein paarmal so, dass du genau sagst, was du gesehen hast: „Du hast deinen Schuh selbst geholt!“ oder „Wie sanft du die Katze gestreichelt hast.“ Ein konkretes Lob zeigt, dass du wirklich hingeschaut hast, mehr als ein schnelles „Gut gemacht“. Du siehst, dass es wirkt, wenn dein Kind strahlt, es noch mal macht oder stolz zu dir kommt, um es zu zeigen.

comfort-does-not-spoil =
    .title = Trösten verwöhnt nicht
    .body = Hörst du manchmal, dass Trösten verwöhnt? Das darfst du getrost beiseitelegen. Weint dein Kind heute wegen einer Kleinigkeit, geh trotzdem kurz hin, für eine Umarmung oder ein tröstendes Wort. Kinder, die sich auf Trost verlassen können, werden dadurch gerade selbstständiger. Du merkst es, wenn dein Kind nach dem Trösten von selbst wieder von dir weg will und weiterspielt.

night-call-short-visit =
    .title = Nachts kurz zeigen: Ich bin da
    .body = Ruft oder weint dein Kind heute Nacht, dann geh nachschauen, auch wenn es nur kurz ist: eine Hand auf den Rücken, ein leises „Ich bin hier, du kannst weiterschlafen.“ Zu wissen, dass jemand kommt, macht es deinem Kind leichter, sich der Nacht zu überlassen. Du merkst es, wenn dein Kind nach so einem kurzen Besuch schneller wegdämmert oder seltener völlig außer sich gerät.

tell-them-how-you-feel =
    .title = Erzähl deinem Kind, wie es dir geht
    .body = Bist du heute müde, gehetzt oder schlecht gelaunt, dann sag es in einfachen Worten: „Ich bin ein bisschen müde, darum spreche ich leise. Das liegt nicht an dir.“ Dein Kind spürt deine Stimmung sowieso, und mit einem Namen dafür wird dein Verhalten verständlich statt verwirrend. Du merkst es, wenn dein Kind ruhig bleibt oder dir vielleicht selbst eine Umarmung bringt.

see-what-they-dare =
    .title = Schau, was dein Kind sich schon traut
    .body = Achte heute darauf, was dein Kind sich alles schon traut: ein neues Klettergerüst, ein anderes Kind anschauen, kurz ohne dich in einem anderen Zimmer spielen. Dieser Mut wächst aus dem Vertrauen, das ihr jeden Tag gemeinsam aufbaut. Sag es auch laut: „Du traust dich schon ganz schön viel!“ Du siehst es am stolzen Blick, den du zurückbekommst, und vielleicht an einem nächsten kleinen Schritt.

retell-the-day =
    .title = Erzähl den Tag beim Schlafengehen nach
    .body = Erzähl heute Abend beim Zudecken in ein paar Sätzen, wie der Tag war: „Wir waren auf dem Spielplatz. Du bist von der Treppe gefallen und hast geweint. Dann hast du eine Umarmung bekommen und bist wieder gerutscht.“ Eine Geschichte mit gutem Ende hilft deinem Kind, den Tag und die Gefühle darin zu ordnen. Du merkst es, wenn dein Kind still zuhört, nickt oder selbst etwas ergänzt.

comfort-the-teddy =
    .title = Tröste mit deinem Kind das Kuscheltier
    .body = Nimm heute ein Kuscheltier oder eine Puppe und lass es „hinfallen“ oder „traurig“ sein. Frag dein Kind: „Oje, der Bär weint. Was braucht der Bär?“ Im Spiel übt dein Kind das Trösten so, wie es selbst getröstet wird. Du siehst, dass es wirkt, wenn dein Kind den Bären streichelt, wiegt oder ihm ein Küsschen gibt, und vielleicht deine Trostworte benutzt.

good-enough-really-is =
    .title = Gut genug ist wirklich genug
    .body = Nenn dir heute Abend einen Moment von heute, der gut genug lief: eine Mahlzeit, eine Umarmung, ein Blick. Nicht den schönsten Moment, einfach einen ganz normalen. Dein Kind braucht niemanden, der perfekt ist, sondern jemanden, der oft genug da ist und nach einem Patzer zurückkommt. Du merkst es, wenn du mit etwas mehr Ruhe auf morgen schaust.

missed-it-come-back =
    .title = Etwas verpasst? Komm einfach zurück
    .body = Hast du heute ein Signal verpasst, weil du unter der Dusche standest, gekocht hast oder es einfach nicht gesehen hast? Dann geh zu deinem Kind, such Blickkontakt und sag leise: „Hier bin ich.“ Sich zu verpassen passiert in jeder Beziehung oft; gerade das Zurückkommen baut Vertrauen auf. Du siehst, dass es wirkt, wenn dein Kind dich anschaut und sein kleiner Körper sich entspannt.

one-moment-without-the-phone =
    .title = Ein Moment ohne Handy
    .body = Wähl heute einen festen Moment, etwa das Füttern, das Baden oder das Essen am Tisch, und leg dein Handy so lange in ein anderes Zimmer. Dein Kind spürt den Unterschied zwischen jemandem, der in der Nähe ist, und jemandem, der wirklich da ist. Du merkst es an mehr Blickkontakt, an einem Lächeln, das du sonst verpasst hättest, oder an einem kleinen Gespräch aus Lauten und Wörtern.

four-s-as-a-compass =
    .title = Die vier S als Kompass
    .body = Denk in einem schwierigen Moment heute an die vier S von Siegel: Safe (sicher), Seen (gesehen), Soothed (getröstet), und zusammen machen sie dein Kind Secure (geborgen). Frag dich nur eins: Welches der ersten drei kann ich jetzt geben? So eine Frage hilft dir durch das Chaos zum nächsten Schritt. Du merkst es, wenn du weniger zweifelst und dein Kind bei dir schneller zur Ruhe kommt.

safe-comes-first =
    .title = Erst sicher, dann der Rest
    .body = Ist dein Kind heute außer sich, sorg zuerst dafür, dass es sich sicher fühlt: hochnehmen oder nah herankommen, weg vom Lärm, deine Stimme tief und ruhig. Erklären, lösen und aufräumen kommen danach, denn ohne dieses Gefühl von Sicherheit, das erste der vier S von Siegel, kann ein Kind kaum etwas anderes aufnehmen. Du merkst es, wenn das Weinen von Panik in leiseres Schluchzen übergeht.

your-own-soothing-signature =
    .title = Finde deine feste Trostgeste
    .body = Wähl eine Art zu trösten, die zu dir passt, und nutz sie heute jedes Mal: dasselbe Wiegen, dasselbe leise Summen, dieselben Worte. Getröstet werden, „Soothed“ in Siegels vier S, geht schneller, wenn die Geste vertraut ist, weil der Körper deines Kindes sie nach einer Weile wiedererkennt. Du merkst es, wenn dein Kind schon etwas ruhiger wird, sobald es dein Summen hört.

look-behind-the-behaviour =
    .title = Schau hinter das Verhalten
    .body = Weint, quengelt oder schmollt dein Kind heute ohne klaren Grund? Dann frag dich kurz, was dahinterstecken könnte: müde, hungrig, zu viel Trubel oder einfach dich vermissen. Du musst nicht gleich richtig raten, denn ein Kind, das merkt, dass jemand wirklich verstehen will, was los ist, fühlt sich gesehen. Du siehst es an etwas Entspannung, sobald du auf der richtigen Spur bist.

light-up-when-you-meet =
    .title = Strahle, wenn du dein Kind wiedersiehst
    .body = Lass heute bei jedem Wiedersehen, nach einem Nickerchen oder wenn du nach Hause kommst, wirklich auf deinem Gesicht sehen, dass du dich freust: Augen, die aufleuchten, ein warmes „Hey, da bist du ja!“ So spürt dein Kind ohne Worte, dass es willkommen ist, genau so, wie es ist. Du merkst es an einem Lächeln zurück, strampelnden Beinchen oder Armen, die sich nach dir ausstrecken.

cross-one-thing-off =
    .title = Streich heute eine Sache
    .body = Schau auf deine Liste für heute und streich eine Sache, oder bitte jemanden, eine zu übernehmen: einen Topf Suppe, einen Einkauf, eine Stunde Babysitten. Stress und Müdigkeit machen es für alle schwerer, ruhig und feinfühlig zu reagieren, also ist es auch Fürsorge für dein Kind, wenn du dich entlastest. Du merkst es, wenn du am Ende des Tages noch ein bisschen mehr Geduld übrig hast.

worries-shared =
    .title = Sorgen musst du nicht allein tragen
    .body = Lasten Sorgen auf dir, wegen Geld, Arbeit, deiner Beziehung oder deiner Gesundheit? Sprich sie beim nächsten Besuch im Consultatiebureau oder in der Hausarztpraxis an; dort kann man mit dir überlegen, welche Hilfe passt. Anhaltende Sorgen machen es schwer, auch noch für dein Kind da zu sein; sie anzugehen gehört zu guter Fürsorge. Du merkst es, wenn es leichter wird, weil jemand mitdenkt.

half-an-hour-for-you =
    .title = Eine halbe Stunde für dich
    .body = Bitte heute jemanden, dem du vertraust, eine halbe Stunde für dein Kind zu sorgen: deine Partnerin oder deinen Partner, falls es jemanden gibt, Oma, Opa, jemanden aus der Nachbarschaft oder eine Freundin. Leg dich hin, geh spazieren oder trink in Ruhe eine Tasse Tee. Wer ausgeruht ist, bringt leichter Geduld und Wärme auf. Du merkst es, wenn du dein Kind danach mit frischem Blick anschaust.

three-slow-breaths =
    .title = Dreimal ruhig ausatmen
    .body = Weint dein Kind heute und spürst du Anspannung aufsteigen, atme erst dreimal langsam aus, bevor du reagierst; das dauert nur ein paar Sekunden. Ein junges Stresssystem stimmt sich auf das des Erwachsenen daneben ab, und immer wieder gemeinsam zur Ruhe zu kommen hilft deinem Kind, später selbst ruhig zu werden. Du merkst es, wenn dein Kind sich in deinen Armen schneller beruhigt.

every-comfort-builds-the-brain =
    .title = Jeder Trost baut am Gehirn mit
    .body = Tröste dein Kind heute so, wie du es immer tust, aber halt einmal bewusst inne. Bei einem Schreck bildet der Körper das Stresshormon Cortisol, und deine Nähe lässt es wieder sinken; wenn ihr das oft gemeinsam erlebt, wachsen die Hirnbereiche, die später bei Gefühlen und im Umgang mit anderen helfen. Du siehst, dass es wirkt, wenn dein Kind sich nach dem Trösten wieder ruhig umschaut.

in-doubt-ask-early =
    .title = Unsicher? Frag rechtzeitig
    .body = Hast du oft das Gefühl, dein Kind nicht „lesen“ zu können, oder wirkt es sehr ängstlich, ständig auf der Hut oder ganz still und zurückgezogen? Sprich mit dem Consultatiebureau (JGZ) oder deiner Hausarztpraxis, auch wenn du unsicher bist. Früh Hilfe zu holen ist ein Zeichen von Fürsorge, und vieles kann helfen. Es wirkt, wenn du nach dem Gespräch weißt, was du tun kannst oder loslassen darfst.

low-or-numb-tell-someone =
    .title = Fühlst du wenig oder bist du oft niedergeschlagen?
    .body = Fühlst du seit einer Weile wenig für dein Kind, bist oft bedrückt, gereizt oder ängstlich, oder schläfst du schlecht, auch wenn dein Kind schläft? Erzähl es heute jemandem, dem du vertraust, und mach einen Termin in der Hausarztpraxis oder beim Consultatiebureau. Es ist selten jemandes Schuld, und mit passender Hilfe wird es oft leichter. Es wirkt, wenn schon das erste Gespräch Luft verschafft.

answer-a-look-with-a-smile =
    .title = Beantworte einen Blick mit einem Lächeln
    .body = Achte heute auf die Momente, in denen dein Kind dich anschaut, einen Arm ausstreckt oder dir einen Laut schickt. Antworte mit einem Lächeln, einem Nicken oder einem Wort, auch vom anderen Ende des Zimmers. So merkt dein Kind, dass Kontakt suchen etwas bringt. Du siehst, dass es wirkt, wenn dein Kind öfter deinen Blick sucht und ihn auch länger hält.

more-or-enough-for-now =
    .title = Lies „mehr!“ und „erst mal genug“
    .body = Achte heute beim Spielen oder Versorgen auf die Signale deines Kindes. Wegschauen, Gähnen, Wegdrehen oder gerade aufgedreht werden heißt oft „erst mal genug“; dich anschauen, lachen und auf dich zukommen heißt „mehr!“. Wenn du dich nach diesen Signalen richtest, spürt dein Kind, dass es Einfluss darauf hat, was passiert. Du merkst es, wenn eure gemeinsame Zeit länger schön bleibt.

same-words-same-moments =
    .title = Dieselben Worte zu festen Momenten
    .body = Wähl für drei wiederkehrende Momente einen festen Satz und benutz ihn heute jedes Mal: „Zeit für eine frische Windel“, „Wir essen jetzt“, „Schlaf gut, bis gleich.“ Vertraute Worte machen den Tag vorhersehbar, und was vorhersehbar ist, fühlt sich sicher an. Du merkst es, wenn dein Kind nach einer Weile schon auf den Satz reagiert, zum Beispiel indem es still liegt oder zum Tisch schaut.

one-anchor-on-a-messy-day =
    .title = An einem chaotischen Tag: halt einen Anker fest
    .body = Geht heute alles durcheinander, wegen Arbeit, Krankheit, Besuch oder einfach Chaos? Dann halt einen festen Anker aufrecht, etwa das Lied beim Schlafengehen oder das Kuscheln nach dem Essen. Schwankungen im Tag und in deiner Laune verkraftet ein Kind besser, wenn etwas gleich bleibt. Du merkst es, wenn dein Kind bei diesem festen Moment sichtbar zur Ruhe kommt.

five-minutes-of-just-being =
    .title = Fünf Minuten einfach da sein
    .body = Setz oder leg dich heute fünf Minuten neben dein Kind, ohne etwas zu wollen: nicht aufräumen, nicht lenken, kein Bildschirm. Schau nur, was dein Kind tut. Da sein ohne Plan ist oft mehr wert als das x-te Spielzeug, weil dein Kind dann deine volle Aufmerksamkeit spürt. Du merkst es, wenn dein Kind dich mit einem Blick, einem Laut oder einer Hand sucht und du selbst auch etwas zur Ruhe kommst.

a-bad-day-breaks-nothing =
    .title = Ein schlechter Tag macht nichts kaputt
    .body = War heute ein Tag voller Weinen, Hektik und wenig Geduld, bei deinem Kind und bei dir? Dann schließ ihn mit einer kleinen Geste ab: eine Hand auf dem Rücken, ein Lied, ein leises „Morgen wieder.“ Eine Bindung wächst über viele Tage, mit im Schnitt genug Aufmerksamkeit, nicht durch einen perfekten Tag. Du merkst es, wenn du etwas milder auf heute schauen kannst.

your-child-knows-you =
    .title = Dein Kind kennt dich, nicht das Idealbild
    .body = Merkst du, dass du dich heute mit anderen Eltern vergleichst, online, in der Familie oder auf einem Geburtstag? Leg diesen Vergleich bewusst beiseite, zum Beispiel indem du eine App einen Tag lang nicht öffnest. Dein Kind braucht kein Idealbild, sondern dich, mit deiner eigenen Art. Du merkst es, wenn du mit mehr Freude auf eure eigenen gemeinsamen Momente schaust.

count-your-comebacks =
    .title = Zähl heute deine Wiedergutmach-Momente
    .body = Achte heute nicht darauf, was schiefging, sondern auf die Male, in denen du zurückgekommen bist: Du hast dein Kind doch noch hochgenommen, ein Signal doch noch bemerkt, einen bösen Blick wieder gutgemacht. Wiedergutmachen nach einem Patzer ist kein Flicken eines Fehlers, sondern genau die Art, wie eine sichere Bindung wächst. Du merkst es, wenn du am Abend mehr Wiedergutmachen siehst als gedacht.

write-down-one-moment =
    .title = Schreib einen kleinen Moment auf
    .body = Schreib heute einen kleinen Moment auf, in dem dein Kind Halt bei dir gefunden hat: ein Trost, ein Spiel, ein Blick des Erkennens. Solche alltäglichen Momente summieren sich zu Selbstvertrauen, Widerstandskraft und später der Fähigkeit, Freundschaften zu schließen. Du merkst es, wenn du beim Nachlesen siehst, wie viel du schon gibst, auch an Tagen, die sich schwer anfühlten.

what-you-do-matters =
    .title = Zeig deinem Kind: Was du tust, zählt
    .body = Wähl heute ein Signal deines Kindes, etwa einen bestimmten Laut, ein Weinen oder eine ausgestreckte Hand, und reagiere jedes Mal darauf. So entdeckt dein Kind, dass es selbst etwas in Bewegung setzen kann, und das ist ein früher Baustein von Selbstvertrauen. Du merkst es, wenn dein Kind dieses Signal öfter und gezielter einsetzt, mit einem Blick zu dir.

fill-your-own-tank =
    .title = Sorg auch für deinen eigenen Tank
    .body = Trink heute ein Glas Wasser und iss etwas Sättigendes, bevor du mit dem nächsten Füttern, der nächsten Mahlzeit oder dem Baden anfängst. Es klingt klein, aber mit Hunger, Durst oder leerem Tank ist Geduld viel schwerer aufzubringen, also ist für dich selbst zu sorgen einfach Teil der Fürsorge für dein Kind. Du merkst es, wenn du dem nächsten Weinen etwas ruhiger begegnest.

who-to-call-when-its-too-much =
    .title = Wen rufst du an, wenn es zu viel wird?
    .body = Überleg heute, wen du anrufen oder wem du schreiben kannst, wenn es mal zu viel wird, und sag es dieser Person auch: „Darf ich dich anrufen, wenn ich nicht mehr weiterweiß?“ Um Hilfe bitten ist eine Stärke, und ein Kind profitiert von Erwachsenen, die nicht alles allein tragen müssen. Du merkst es, wenn dir in einem schweren Moment schneller diese Person einfällt und die Hürde niedriger wirkt.

too-much-put-them-down-safely =
    .title = Zu viel? Leg dein Kind sicher hin
    .body = Steigt deine Anspannung beim Weinen so hoch, dass du wütend oder verzweifelt wirst? Dann leg dein Kind sicher ins Bett oder den Laufstall, geh aus dem Zimmer und atme ein paar Minuten ruhig durch. Abstand nehmen ist verantwortungsvoll und schützt euch beide. Komm zurück, wenn du dich etwas beruhigt hast; klappt das nicht, ruf jemanden an. Es wirkt, wenn du dein Kind wieder ruhig hochnehmen kannst.
