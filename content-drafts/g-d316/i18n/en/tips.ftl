face-wipe-after-eating =
    .title = After meals: their own go with the flannel
    .body = Does your baby turn away as soon as the flannel comes near after a meal? First give them a wet flannel of their own to wipe with, even if it mostly goes over the tray. Then say what you’re going to do, “Now your mouth, just quickly”, and wipe gently and briefly, from the side rather than straight across the face. That way it feels less like an ambush. Leaving a few smears is fine too.

grumpy-waking-from-the-nap =
    .title = Waking from the nap in tears
    .body = Does your baby wake from the afternoon nap crying or grumpy? Lift them out calmly and sit together on the sofa for a while before moving on to food or dressing. Dim light, few words, your arm around them. Some babies wake up slowly, and with your calm body as a starting point it comes more easily. Five minutes is often enough.

window-wave-bye-bye-bus =
    .title = Wave the bus goodbye from the window
    .body = Does your baby point at the window when a bus or a bike goes by? Stand there together today, say what it is and wave: “Bye-bye, bus! It’ll be back soon.” And it is, again and again. Playing at leaving and coming back makes real goodbyes a little easier to grasp. Tomorrow, look out at the same time of day: your baby may soon start watching for it too.

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

another-child-grabs-the-toy =
    .title = Another child grabs the toy
    .body = Visiting friends or at the playground, and another child snatches the toy from your baby’s hands? Get down beside them and say what happened: “Hey, you had the ball. Now it’s gone. You don’t like that.” Comfort first, then find something else together or calmly ask for the ball back. Your baby can’t share yet, but can feel seen in their frustration. The other child isn’t naughty, just little.

dressing-wait-for-the-arm =
    .title = Getting dressed: wait for the arm
    .body = Is getting dressed often a push and pull? Today, hold the sleeve open, say “Where’s your arm?” and wait a few seconds. Around the first birthday many babies start to help a little: pushing an arm through a sleeve, lifting a foot. Say what you see: “There it is! You helped.” Dressing becomes something you do together. Not happening today? Then you simply do it yourself.

baby-says-no-without-words =
    .title = Your baby says ‘no’ without words
    .body = Does your baby shake their head, push your hand away or turn aside when you offer something? That’s how many babies say their first ‘no’. Take it seriously today wherever you can: “No? Not teddy. Okay.” If something must happen anyway, like a coat or a clean nappy, say you noticed: “You don’t want to, do you. Nearly done.” A ‘no’ that’s heard teaches your baby that letting you know is worth it.

climbing-everything-cushion-mountain =
    .title = Climbing everything? Build a cushion mountain
    .body = Is your baby climbing everything these days, from the coffee table to the open dishwasher? Today, pile the sofa cushions and a few blankets into a low mountain on the floor and sit down next to it. Let your baby climb, roll and slide off, and mostly watch: “You’re right at the top!” With you close, they dare something exciting and come back when it gets too wild. Tidy it away together afterwards.

hello-on-a-toy-phone =
    .title = “Hello, who’s that?” A call on a toy phone
    .body = Is your baby always reaching for your phone? Pick up a toy phone or a block, hold it to your ear and say: “Hello? Oh, it’s you!” Then hand it to your baby and wait. Answer every little sound as if it’s a real conversation, with pauses for your baby’s turn. That’s the back and forth of talking, practised face to face. Some babies babble back at once, others watch first; both are fine.

let-them-press-the-button =
    .title = Let your baby press the button
    .body = Does your baby point at the light switch, the doorbell or the button in the lift? Lift them up and let them press it themselves: light on, light off. Say what happens: “You turned the light on!” Your baby discovers that their own actions make things happen, and with your delighted face alongside, that feels extra good. Sockets and cooker knobs stay off limits, of course.

stairs-with-you-right-behind =
    .title = Climbing the stairs, with you right behind
    .body = Is your baby drawn to the stairs? Choose a moment today to climb a few steps together, with you right behind and your hands close. Then practise coming down: turned round, on their tummy, feet first. Your baby gets to try something exciting while you’re the safety net. Afterwards, close the stair gate again: for now, the stairs are something you do together, not alone.

first-rides-in-the-bike-seat =
    .title = The first rides in the bike seat
    .body = Is your baby sitting steadily and coming along in a child seat on your bike? Start with a short ride at a quiet time, and keep chatting as you go: “Off we go! Look, a dog.” In a rear seat your baby can’t see your face, so your voice tells them you’re there. Sing the same song on one familiar stretch each time. After a few rides your baby may recognise it and look forward to your cycling song.

childcare-song-sung-at-home =
    .title = The childcare song, at home too
    .body = Do they sing a set song at childcare or at the childminder’s, at meals, tidy-up time or before naps? Ask at pick-up which song it is and have them sing it to you. Sing it at home at the same kind of moment. That way something familiar sounds in both places, and your baby notices that the two worlds belong together. Don’t know the words? Hum the tune; that’s what counts.

song-with-a-gesture-gap =
    .title = An action song, with a gap for your baby
    .body = Sing an action song today, such as ‘The Wheels on the Bus’ with round-and-round hands. After a few times, stop just before a gesture and wait, eyes wide. Many babies fill the gap with a wave, a clap or a sound of their own. That pause turns your song into a conversation in which your baby has a part. If they only watch for now, that’s fine: they’re storing it all away.

a-remark-that-keeps-nagging =
    .title = A remark that keeps nagging at you
    .body = Did someone say something about your baby that you can’t shake off, like “Isn’t she very quiet?” or “He’s not saying anything yet, is he?” Don’t carry it around alone, and don’t spend the night searching on your phone. Call the consultatiebureau (child health clinic) and tell them what you heard and what you see yourself. Often all is well, and if not, you’re there early. Asking isn’t fussing.

walking-on-your-fingers =
    .title = Walking on your fingers, and your poor back
    .body = Does your baby want to walk round the house holding your fingers all day, while your back complains? Mix it up. Put down a sturdy box with a few books in it to push along, let them cruise along the sofa, or sit on the floor and hold their hands while they stand in front of you. Your baby mostly wants to practise with you close by, not necessarily on your hand. That way you’ll both last longer.

back-to-normal-after-a-sick-week =
    .title = After a sick week, back to normal step by step
    .body = Is your baby better, but still clingy and sleeping badly after being ill? That often lasts a few days. Return to your usual rhythm one piece at a time: first the familiar bedtime, then the naps, then the rest. Meanwhile, keep giving the extra closeness they ask for. Still not themselves after a week or so? Check with your GP (huisarts) or the consultatiebureau (child health clinic).

eating-out-with-your-baby =
    .title = Eating out with your baby
    .body = Eating out today, at a restaurant or café? Pick a time close to your baby’s usual mealtime, and bring their own spoon, cup and something familiar to eat. Put the high chair next to you, so your baby sees your face and not just the bustle. Familiar things in a strange place make the meal feel recognisable. And expect a short meal: dessert can always come home with you.

lots-of-new-toys-one-at-a-time =
    .title = Lots of new toys at once? One at a time
    .body = Did a birthday or celebration suddenly bring your baby a pile of new toys? Put most of them away for now and bring out one thing today. Explore it together on the floor, without hurrying and without showing straight away how it’s ‘meant’ to work. Too much at once unsettles many babies; one thing with your attention is a treat. Swap in a week or two: what was put away will feel new again.

first-birthday-looking-back =
    .title = A year together: tell someone how it really was
    .body = Around the first birthday, many parents look back, and alongside pride, memories of a tough birth, a hospital stay or hard months can surface. That’s normal. Today, tell someone you trust how this year really was for you, the hard parts included. Being heard helps you put it in its place. If the memories keep coming back or weigh heavily, talk to your GP (huisarts).

the-walking-yet-question =
    .title = “Is the baby walking yet?”
    .body = At parties and family visits, the comparing starts: who’s walking, who’s talking? Have a sentence ready today: “We’re doing it at our own pace.” Around one year, babies differ by months in when they walk or talk, and that’s normal. Your baby doesn’t need to keep up; they need someone who enjoys who they are. Real worries? Take them to the consultatiebureau (child health clinic).

no-forced-kisses-a-wave-will-do =
    .title = No forced kisses: a wave will do
    .body = Does an uncle, aunt or grandparent ask for a kiss, and your baby dives into your shoulder? Help both your baby and the adult: “We’re waving today. Will you wave back?” Wave first yourself, without pushing. Your baby learns they get a say over their own body, and the other person still gets a greeting. Often the kiss comes later by itself, when your baby feels like it.

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

grief-in-the-family =
    .title = Grief in the family, with a baby in your arms
    .body = Has someone died, with a funeral or a week full of visitors and sorrow? Ask one trusted person to look after your baby that day and take them outside when it gets too much. At home, keep to the bedtime routine. Crying where your baby can see you is allowed; just say softly: “I’m sad, and I love you.” Your baby needn’t fix anything, but does need a steady arm. So do you: let people help.

missed-the-first-steps =
    .title = Missed the first steps?
    .body = Did your baby take their first steps at childcare, at the grandparents’ or while you were out for a moment? That can sting. Do ask how it went, and celebrate when you see it yourself: for you it’s the first time, and what your baby notices most is your joy. You haven’t missed anything that matters. That your baby dared to practise there shows they feel safe there too.

new-baby-coming-time-the-changes =
    .title = A new baby coming? Time the big changes
    .body = Is a new baby on the way in your family? Look at which changes are coming for your eldest: a different bedroom, starting childcare, a new bed. Where you can, make them a few months before the birth, or wait until well after. And decide now who your little one will stay with during the birth, ideally someone they know well. Fewer changes at once make a new sibling easier to welcome.

pregnant-and-tired-floor-cuddles =
    .title = Pregnant again and tired? Cuddle at floor level
    .body = Pregnant again and finding it hard to keep lifting and carrying your one-year-old? Move the closeness down to the floor: sit on a rug and let your baby climb onto your lap, or read lying on the sofa with your little one snuggled against you. Leave the heavy lifting to someone else where you can. Closeness doesn’t have to mean carrying; your baby mostly wants to be near you.

library-let-them-choose =
    .title = A trip to the library together
    .body = Take your baby to the library today and find the corner with baby books. Sit on the floor, lay out a few books and let your baby choose: grabbing, turning them over, patting them. The book your baby keeps coming back to goes home with you. Choosing together is already a conversation, and a book they picked feels like theirs. Fifteen minutes is plenty; tomorrow you read it at home, on your lap.

awake-at-five-every-morning =
    .title = Awake at five every morning?
    .body = Has your baby been up at the crack of dawn for weeks, and are you worn out? Make the first hour a calm one: dim light, a glass of water for you, the two of you on a rug in a safe room with a few books and blocks, no bustle or screens yet. If you can, take turns with the early shift, and go to bed earlier yourself one evening. That early, it needn’t be cosy; calm and together is enough.

washing-hands-together-before-meals =
    .title = Washing hands before meals, together
    .body = Wash hands together before eating today. Hold your baby on your hip at the tap, let lukewarm water run over your hands, and rub the soap gently between their little hands. Then hold your own hands out: can your baby wash them? A chore becomes a moment of touch and taking turns, and after a while your baby knows: after the tap comes food. Splashing is part of it; keep a towel ready.

new-partner-bond-grows-slowly =
    .title = A new partner? Let the bond grow slowly
    .body = Is a new partner around more and more? Let them start with playing, reading or rolling a ball back, while comforting and bedtime stay with you for now. That way your baby gets to know the new person in happy moments, at their own pace. Babies can bond with more people, but step by step. Does your baby keep their distance at first? That says nothing about the other person; give it time.

teddy-gets-a-drink =
    .title = Teddy’s thirsty too
    .body = Pick up a cup today and hold it to a teddy’s mouth: “Teddy’s thirsty. Mmm, lovely!” Then hand the cup to your baby and see what happens. Around the first birthday some babies start to copy this. Say what you see: “You’re giving teddy a drink. That’s kind.” Pretending is an early way of thinking about what someone else needs. Tomorrow, maybe teddy is sleepy.

first-shoes-shoes-on-we-go-out =
    .title = First shoes: “Shoes on, we’re going out!”
    .body = Is your baby taking a few steps, and are first shoes for outside on the way? Make putting them on a small ritual: let your baby hold one shoe, push their foot in together, and say the same words every time: “Shoes on, we’re going outside!” Familiar words turn a fiddly job into a signal your baby learns to look forward to. Indoors, bare feet or grippy socks can stay.

in-the-park-feel-and-name =
    .title = In the park: let them feel, and give it a word
    .body = Going to the park or the woods today? Find a spot and give your baby things to feel: a leaf, a pine cone, a twig, the rough bark of a tree. Add one word: “Rough. Wet. Smooth.” Feeling something while hearing your word makes language tangible, and you’re following what fascinates your baby. Small stones and berries don’t belong in little mouths, so keep a close eye.

familiar-face-looks-different =
    .title = A familiar face suddenly looks different?
    .body = New glasses, beard shaved off, a new haircut, or someone familiar suddenly in a hat or face mask? Is your baby startled, or eyeing you suspiciously? Talk in your usual voice first, and let your baby look and touch at their own pace: the glasses, the cheek, the hair. Babies read faces very closely; a familiar voice helps them recognise the new picture. Within a day or so it’s usually forgotten.

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

working-from-home-baby-awake =
    .title = Working from home while your baby’s awake?
    .body = Working from home today while your baby is awake, because childcare is closed or they’ve just been ill? Plan your work in blocks, and in between give short bursts of full attention: five minutes on the floor, laptop shut, really together. That beats being half there all day. Say when you go back: “I’m going to type for a bit, I’m right here.” Barely got anything done? That’s not your failing.

arms-up-pick-me-up =
    .title = Arms up: ‘Up!’
    .body = Is your baby standing at your leg with their arms in the air? That’s one of the clearest questions a baby can ask: pick me up, I want to be with you. Today, lift your baby a few times as soon as they ask, even if only for half a minute. If you really can’t, say with a hot pan in your hand, crouch down for a moment and say: “I see you. Pan first, then I’ll pick you up.” And then do.
