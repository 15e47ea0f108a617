sick-week-on-the-sofa =
    .title = A sick week: let the sofa win
    .body = Is your baby ill this week and only wants to be held? Make it a sofa week: cuddle, carry, read, and let the housework go. A poorly baby finds safety in closeness; this isn’t spoiling. Take turns with someone if you can. If your baby drinks poorly, seems floppy or you’re worried, call the GP, or at night the huisartsenpost (out-of-hours GP service).

stuck-standing-in-the-cot =
    .title = Stuck standing up in the cot at night
    .body = Does your baby pull up in the cot at night and then cry because they can’t get down? Go in calmly and lay them down with few words and a hand on their tummy. Each quiet visit says: you called, I came. By day, practise sitting down from standing: a toy on the floor, your hands at their hips, “Plop, sitting!” Once they can do it alone, the nights often settle again.

window-wave-bye-bye-bus =
    .title = Wave the bus goodbye from the window
    .body = Does your baby point at the window when a bus or a bike goes by? Stand there together today, say what it is and wave: “Bye-bye, bus! It’ll be back soon.” And it is, again and again. Playing at leaving and coming back makes real goodbyes a little easier to grasp. Tomorrow, look out at the same time of day: many babies soon start watching for it themselves.

picture-book-let-them-point =
    .title = In the picture book, let them point
    .body = Looking at a picture book together today? Leave the pointing to your baby. Wherever their finger lands, name it and add a sound: “A cow! Moo.” Skip test questions like ‘where’s the dog?’; following is enough. Your baby discovers that you look where they look. Chewing the corner or flipping three pages at once counts as reading at this age too.

first-birthday-small-and-short =
    .title = A first birthday that fits a baby
    .body = Is the first birthday coming up? Plan the party around your baby’s day: after a nap, a few people your baby knows, and an end time you mention in advance. A short party with familiar faces suits a one-year-old far better than a full house all afternoon. Others can drop by another day. And if the cake is mostly for the grown-ups, that’s fine.

their-own-words-list =
    .title = A list of your baby’s own words
    .body = Does your baby use a sound that always means the same thing, like “ba” for bottle or “woof” for a dog, in any of your languages? Treat it as a real word and answer it. Write these words down today and share the list with grandparents or childcare. When everyone knows what “ba” means, your baby feels understood in more than one place. Keep adding to it; it’s a lovely thing to keep.

buggy-stop-where-they-point =
    .title = On a walk, stop where they point
    .body = Out with the buggy today? When your baby points at a bird, a dog or a digger, stop and crouch down beside them. Name it, then wait: “A pigeon. It’s pecking.” For a few minutes your baby sets the route and you follow. Being followed tells a child that what catches their eye matters to you. It makes for a slow walk, so pick a day when you’re not in a hurry.

word-with-a-hand-sign =
    .title = A hand sign with the word
    .body = Pick two or three words that come up every day, like ‘more’, ‘all gone’ or ‘sleep’, and give each a simple hand gesture. Today, use word and gesture together at meals and bedtime. Many babies can make a gesture before they can say the word, and being able to tell you something takes the edge off frustration. The words will still come; the gesture is a bridge until then.

calling-from-the-next-room =
    .title = When they crawl off, answer their call
    .body = Has your baby crawled into the hallway or the next room and now calls out or peeks back round the door? If that room is safe, answer from where you are: “I’m here, in the kitchen!” Your voice is a rope to hold on to while they explore a little further. If they come racing back, welcome them and let them go again. You don’t need to fetch them every time.

shape-that-wont-fit =
    .title = When the block won’t go in
    .body = Is your baby getting cross because a shape won’t go through the hole or a lid won’t come off? First name it: “Grr, annoying, it won’t go in.” Then help just a little: turn the shape the right way, and let them do the last push. Your words show the feeling is understood; the small help keeps it doable. If the tears keep coming: a cuddle first, the puzzle later.

two-spoons-at-the-table =
    .title = Two spoons at the table
    .body = Does your baby grab the spoon from your hand at meals? Give them their own spoon and some finger food, and keep a second spoon for you. Sit facing each other and eat something yourself too. Wanting to do it alone is a healthy step, and sharing the meal keeps it contact rather than a tug of war. A cloth under the high chair helps: the mess is part of it.

nappy-change-for-a-wriggler =
    .title = A nappy change for a wriggler
    .body = Does your baby twist away and protest at every nappy change now? Lying still is hard when you’d rather be on the move. Give them a job, like holding the clean nappy, or a toy that only comes out for changes. Sometimes you can change them standing up while they hold on to the sofa. Meeting them halfway turns a daily wrestle into teamwork, though some days will still be a struggle.

each-parent-their-own-language =
    .title = Two languages at home: each speaks their own
    .body = Are there two languages in your home? Let each adult speak to your baby in the language they feel most at home in, the one for comfort, jokes and lullabies. Dutch will also come from childcare, school and friends. A baby bonds through words that sound warm, not through perfect grammar, and mixing now and then does no harm. Questions? Ask at the consultatiebureau (child health clinic).

bath-suddenly-scary =
    .title = Suddenly scared of the bath
    .body = Has your baby, who used to love the bath, started screaming at the water or the hair wash? Many babies go through a phase like this. Take the fear seriously and make it smaller: less water, a wet flannel instead of pouring, or get in together and hold them against you. Let them pour water over your hand first. A wash at the sink is fine for a while; the fun usually comes back.

for-you-for-me-at-snack-time =
    .title = “One for you, one for me”
    .body = At snack time today, share out pieces of fruit: “One for you, one for me.” If your baby holds out a soggy bit to you, take it with real delight, say thank you, and pass one back. Giving and getting back is one of the first turn-taking games, and it shows your baby that what they offer is welcome. Want it straight back? Fine: at this age, giving is mostly a game.

big-sibling-and-the-crawler =
    .title = When the baby wrecks the big one’s tower
    .body = Is your baby now crawling straight for a big sibling’s blocks or drawings? Give the older child a place that’s just theirs, like the table or a corner behind a gate. Name their feelings too: “Annoying, your tower fell. The baby so wants to play with you.” An older child who feels seen finds patience more easily. And ten minutes alone with the big one often helps most of all.

stairs-with-you-right-behind =
    .title = Climbing the stairs, with you right behind
    .body = Is your baby drawn to the stairs? Choose a moment today to climb a few steps together, with you right behind and your hands close. Then practise coming down: turned round, on their tummy, feet first. Your baby gets to try something exciting while you’re the safety net. Afterwards, close the stair gate again: for now, the stairs are something you do together, not alone.

gentle-hands-for-the-cat =
    .title = Gentle hands for the cat or dog
    .body = Does your baby grab at the cat’s fur or the dog’s ears? Put your hand over theirs and stroke slowly together, saying softly: “Gently, gently.” Then stroke your baby’s own arm the same way so they feel what gentle means. Your slow hand and calm voice teach more than a sharp ‘no!’. Do stay close: even a patient pet can snap or scratch when grabbed.

video-call-with-family-far-away =
    .title = Family far away: a regular video call
    .body = Does family live far away, perhaps in another country? Set up a short video call at the same moment each week, with your baby on your lap. Ask the grandparent to sing the same song or play peekaboo with a cloth each time. If your baby looks away or crawls off after a minute, that’s normal; you keep chatting. The familiar voice and ritual can make a later visit feel less strange.

song-with-a-gesture-gap =
    .title = An action song, with a gap for your baby
    .body = Sing an action song today, such as ‘The Wheels on the Bus’ with round-and-round hands. After a few times, stop just before a gesture and wait, eyes wide. Many babies fill the gap with a wave, a clap or a sound of their own. That pause turns your song into a conversation in which your baby has a part. If they only watch for now, that’s fine: they’re storing it all away.

one-year-check-bring-your-questions =
    .title = Bring your own questions to the one-year check
    .body = Is there a visit to the consultatiebureau (child health clinic) around the first birthday? Jot down two or three questions beforehand, about sleep, eating, talking, or how you yourself are doing. The visit is for you too, not just for weighing and measuring. If something worries you, about your baby or yourself, this is the moment: asking early helps. Forgot something? You can ring afterwards.

check-up-on-your-lap =
    .title = At the check-up, your lap is the safe spot
    .body = Is your baby being weighed, examined or vaccinated soon? Ask whether they can stay on your lap as much as possible, and bring a familiar toy. Tell them calmly what’s happening: “The doctor’s just looking in your ear.” Protest and tears are allowed. Afterwards, take time for a long cuddle or a feed before heading out. Your calm body says: this is strange, but I’m right here.

back-to-normal-after-a-sick-week =
    .title = After a sick week, back to normal step by step
    .body = Is your baby better, but still clingy and sleeping badly after being ill? That often lasts a few days. Return to your usual rhythm one piece at a time: first the familiar bedtime, then the naps, then the rest. Meanwhile, keep giving the extra closeness they ask for. Still not themselves after a week or so? Check with your GP or the consultatiebureau (child health clinic).

song-from-your-own-childhood =
    .title = The song you were sung as a child
    .body = Which song did someone sing to you when you were small, in whatever language? Ask a grandparent or an aunt to sing it for your baby, or to teach you the words, and make it your song for one fixed moment, say after the bath. A song that has already travelled through your family sounds warm without trying. Only know one verse? Your baby won’t mind: hum the rest.

party-quiet-room =
    .title = A quiet room during the party
    .body = Is there a birthday or family party today? Arrange one quiet room beforehand, such as a bedroom with the curtains half drawn. Watch for the early signs, like rubbing eyes, staring into space, clinging or getting hyper, and take your baby there for ten minutes before the tears come. Just the two of you, no visitors. Going back into the noise afterwards is often much easier.

first-birthday-looking-back =
    .title = A year together: tell someone how it really was
    .body = Around the first birthday, many parents look back, and alongside pride, memories of a tough birth, a hospital stay or hard months can surface. That’s normal. Today, tell someone you trust how this year really was for you, the hard parts included. Being heard helps you put it in its place. If the memories keep coming back or weigh heavily, talk to your GP.

the-walking-yet-question =
    .title = “Is the baby walking yet?”
    .body = At parties and family visits, the comparing starts: who’s walking, who’s talking? Have a sentence ready today: “We’re doing it at our own pace.” Around one year, babies differ by months in when they walk or talk, and that’s normal. Your baby doesn’t need to keep up; they need someone who enjoys who they are. Real worries? Take them to the consultatiebureau (child health clinic).

naps-at-family-gatherings =
    .title = Keep the nap at a family gathering
    .body = Off to a family day, a wedding or a celebration such as Eid or Christmas? Plan your baby’s nap into it: bring the travel cot or the pram, ask for a quiet room beforehand, or go for a walk at nap time. Leaving a little early is allowed too. A rested baby enjoys the family far more, and so do you. If the nap fails anyway, an early night at home usually puts a lot right.

shy-baby-roll-a-ball =
    .title = Shy baby, disappointed family? Roll a ball
    .body = Does your baby cry when a grandparent or aunt wants to pick them up, and does that person feel a bit rejected? Give them a game at a distance: sitting on the floor a metre away, rolling a ball to your baby, who stays safely on your lap. Whether it comes back is up to your baby. The relative gets a real part, at your baby’s pace. And tell them it’s not personal: at this age it’s very common.

petting-farm-from-your-arm =
    .title = At the petting farm, from your arm
    .body = Visiting a petting farm today? Carry your baby on your hip and let their body tell you how close to go. Leaning forward and pointing means ‘closer!’; stiffening or burying their face in your neck means ‘far enough’. Name what you see: “A goat. Meh!” Keeping to the distance your baby picks turns something big and new into an adventure, not a fright. Next time, they often dare a bit more.

supermarket-point-and-hold =
    .title = At the shop, let them hold what they point at
    .body = Shopping with your baby in the trolley seat today? When they point at the bananas or the bread, name it and hand it over to hold for a moment: “Bananas. Shall we take some?” Then let them drop it into the trolley. Your baby gets the word, the feel and the weight all at once, plus a job in a place that can feel busy. A quiet time of day makes this easier than the Saturday rush.

their-first-joke =
    .title = Laugh at your baby’s first joke
    .body = Does your baby hold out a toy and snatch it back just as you reach for it, or put a cup on their head and look at you? That’s a joke, one of their very first. Laugh along, play your part (“Hey! Where did it go?”) and let them do it again. Sharing a laugh says: I see you, and I like what you do. Watch for the cheeky look they give you just before the next round.

away-for-days-one-fixed-moment =
    .title = Away for a few days? Keep one fixed moment
    .body = Is a parent or carer going away for a few days, for work or family? Agree on one short moment at the same time each day: a call at breakfast, or a voice message with the usual goodnight song. At home, point to a photo and say simply: “Away working, home after three sleeps.” Your baby can’t grasp days yet, but the familiar voice and ritual keep a thread going. Short calls are plenty.

home-after-days-away =
    .title = Home after days away: let them come to you
    .body = Back after a few days away, and your baby turns away or clings to whoever stayed home? That can sting, but it’s an ordinary way of saying: you were gone. Don’t push for a hug. Sit nearby, join in quietly, and take over a familiar ritual tonight, like the bath or the bedtime song. Most babies thaw within hours or a day or two, sometimes followed by extra clinginess.

new-baby-coming-time-the-changes =
    .title = A new baby coming? Time the big changes
    .body = Is a new baby on the way in your family? Look at which changes are coming for your eldest: a different bedroom, starting childcare, a new bed. Where you can, make them a few months before the birth, or wait until well after. And decide now who your little one will stay with during the birth, ideally someone they know well. Fewer changes at once make a new sibling easier to welcome.

pregnant-and-tired-floor-cuddles =
    .title = Pregnant again and tired? Cuddle at floor level
    .body = Pregnant again and finding it hard to keep lifting and carrying your one-year-old? Move the closeness down to the floor: sit on a rug and let your baby climb onto your lap, or read lying on the sofa with your little one snuggled against you. Leave the heavy lifting to someone else where you can. Closeness doesn’t have to mean carrying; your baby mostly wants to be near you.

first-steps-toward-open-arms =
    .title = First steps: be the place they walk to
    .body = Is your baby cruising along the furniture or trying first steps? Kneel a few steps away today with your arms open and let them come to you, along the sofa or across the gap. Catch them, celebrate, and let them set off again. Knowing there’s someone to land on makes that wobbly stretch less scary. No steps yet? Being the finish line at the end of the sofa works just as well.

holiday-explore-the-room-first =
    .title = On holiday: explore the new room together first
    .body = Arrived at your holiday place? Before unpacking, sit on the floor of the room where your baby will sleep and let them crawl around and discover it, with you as the fixed point. Set up the cot where they can see it, and use your usual bedtime words tonight. A strange room explored together feels less strange when the lights go out. The first night may still be restless; that’s part of travelling.

long-car-ride-breaks =
    .title = A long drive: breaks out of the car seat
    .body = Got a long drive ahead, to a holiday or to family? Plan to drive during a nap, and stop every couple of hours for a break out of the car seat: a cuddle, a drink, a little crawl on a blanket. If there are two adults, one can sit in the back beside your baby. When crying in the car keeps going, stopping and holding them helps more than pushing on.

another-carer-does-it-differently =
    .title = Another carer does it differently? Often fine
    .body = Does a grandparent, a partner or the sitter do things differently from you: another song, another way of rocking, a later snack? Babies cope well with different people having different ways, as long as each is warm and reliable. Agree on the few things that really matter to you, such as safe sleep and how comforting goes, and leave the rest to them. It saves a lot of arguing, too.

teddy-gets-a-drink =
    .title = Teddy’s thirsty too
    .body = Pick up a cup today and hold it to a teddy’s mouth: “Teddy’s thirsty. Mmm, lovely!” Then hand the cup to your baby and see what happens. Around this age many babies start copying little pretend actions like this. Say what you see: “You’re giving teddy a drink. That’s kind.” Pretending is an early way of thinking about what someone else needs. Tomorrow, maybe teddy is sleepy.

first-shoes-shoes-on-we-go-out =
    .title = First shoes: “Shoes on, we’re going out!”
    .body = Is your baby taking a few steps, and are first shoes for outside on the way? Make putting them on a small ritual: let your baby hold one shoe, push their foot in together, and say the same words every time: “Shoes on, we’re going outside!” Familiar words turn a fiddly job into a signal your baby learns to look forward to. Indoors, bare feet or grippy socks can stay.

a-safe-yes-corner =
    .title = One place where everything is allowed
    .body = Is your baby into everything now, and do you hear yourself saying ‘no’ all day? Make one room or corner completely safe today: sockets covered, breakables out of reach, a low cupboard with pans and wooden spoons that may be emptied. There, your baby can explore freely while you sit back and watch. More freedom in one safe place leaves room for enjoying each other.

moving-house-cot-goes-up-first =
    .title = Moving house: the cot goes up first
    .body = Moving house soon? On moving day, let your baby spend the chaos with someone they know well, if possible. In the new home, set up the cot and a corner of familiar things first, before the kitchen. Keep the bedtime routine exactly as it was. A new house is a lot; the same bed, the same song and you close by make it home. A few restless nights afterwards are common.

first-haircut-on-your-lap =
    .title = A first haircut on your lap
    .body = Is a first trim coming up, at the hairdresser or at home? Sit your baby on your lap facing a mirror so they can see you both, and say what’s happening: “Snip, there goes a little bit of hair.” Give them a comb to hold. Your lap and voice make the strange snipping less scary. Pick a time when they’re rested and fed, and keep it short. Too much? Stop: a wonky fringe is fine for a week.

from-two-naps-to-one =
    .title = From two naps to one, gradually
    .body = Is your baby fighting the second nap? Some babies move to one nap around now, many a bit later. The switch often takes weeks, with two-nap days in between. On one-nap days, bring lunch and the nap forward a little, and put your baby to bed earlier. An over-tired baby is often clingier and cries more easily, so expect extra cuddles in the late afternoon. It does settle again.

stopping-a-feed-keep-the-lap =
    .title = Stopping a bottle or breastfeed? Keep the lap
    .body = Are you phasing out the bottle, or a breastfeed, around the first birthday? That feed was often a moment of closeness too. Keep that part: at the same time of day, your baby on your lap with a cup of milk or a snack, a book, and your arm around them. Stopping a feed doesn’t have to mean stopping the cuddle. There’s no rush: you can take this at your own pace.

a-homemade-book-of-their-day =
    .title = A homemade book about your baby’s own day
    .body = Take a few photos today of your baby’s ordinary day: waking up, breakfast, the buggy, the bath, bed. Print them, slip them into a small album and look through it together: “Look, that’s you in the bath. And then?” A book where your baby is the star and everything happens in the familiar order often becomes a favourite. Later, add pages for something new, like a night at the grandparents’.

hospital-stay-stay-close =
    .title = A hospital stay: stay as close as you can
    .body = Does your baby need to go into hospital, for a small operation or an illness? Ask whether a parent or carer can stay day and night, and whether you can be there as they go to sleep for the anaesthetic and when they wake. Bring familiar things: their own sleeping bag, a favourite book, your usual song. A strange place with a familiar person makes the big difference. Take turns so you can rest too.

working-nights-one-moment-thats-yours =
    .title = Working nights? Keep one moment that’s yours
    .body = Do you work nights or shifts, and often sleep while your baby is awake? Choose one moment in the day that is always yours: breakfast together after your shift, the bath, or a short walk before you sleep. Short is fine, as long as it comes back reliably and you’re really there. Your baby learns to count on you in that familiar slot, even in weeks when you hardly see each other otherwise.
