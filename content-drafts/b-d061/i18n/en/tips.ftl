childcare-intro-watch-the-comforting =
    .title = Meeting the childcare: watch how they comfort
    .body = Going to meet a childcare centre or a childminder (gastouder)? Pay most attention to how they handle a crying baby: is the baby picked up quickly, spoken to calmly and comforted? Also ask who your baby’s regular faces will be. A baby bonds with a few people who are there often and respond warmly. Already going there? Then stay for ten minutes at drop-off one day and watch.

birth-story-told =
    .title = Is the birth still on your mind? Tell it
    .body = Do you keep going back to the birth, because it went differently than hoped, was frightening or very fast? Today, tell the whole story to someone who listens. You can also ask your midwife (verloskundige), the hospital or your GP for a follow-up talk. A birth is a big transition, for the person at your side too; once it has found its place, there’s more room for your baby. Bit by bit is fine.

vaccination-day-on-your-lap =
    .title = Vaccination day: hold your baby close
    .body = Is your baby due a jab at the consultatiebureau (child health clinic) today or soon? Ask if you can hold your baby on your lap, tummy against you, and keep talking softly. Straight after, offer breast, bottle or a firm cuddle: your familiar body and voice help your baby settle after the shock. A short, sharp cry is normal and usually fades in your arms. Already done? Keep this for next time.

evening-after-the-jab =
    .title = The evening after the jab: stay extra close
    .body = Is your baby clingier, more tearful or sleepier than usual after a jab? Cancel the evening’s plans and keep your baby near you: in your arms, in the sling or beside you on the sofa. A baby who feels off needs you all the more, and you can simply give that. Does your baby feel hot, drink poorly, or are you unsure? Call your GP, or in the evening and at weekends the out-of-hours GP (huisartsenpost).

soft-start-back-at-work =
    .title = Plan a gentle start back at work
    .body = Going back to work soon? See today whether you can start with a few shorter days or midweek, and plan a practice day before the real start, when your baby is already with the sitter or at childcare. Then your first working day isn’t also the first day without you, and you have more calm left for pick-up. Not possible, or already back? Then keep the evenings after work as empty as you can.

follow-my-face-slowly =
    .title = Let your baby follow your face
    .body = At a calm moment, hold your face about thirty centimetres above your baby, make eye contact, then move very slowly a little to the left. Do their eyes follow? Come back, then go a little to the right. Your baby is practising looking, and your face is the best thing there is to practise on. Lost you? Wait until their gaze finds you again. If your baby turns away completely, that’s enough for now.

speak-your-own-language =
    .title = Talk to your baby in your own language
    .body = Do you speak more than one language at home? Today, talk, sing and comfort in the language you feel most at home in, even if it isn’t the language around you. In your own language your warmth and your jokes sound most real, and your baby hears that. If another carer speaks a different language, let them use their own too. A baby copes perfectly well with two languages side by side.

undressing-at-the-clinic =
    .title = Undressing for the scales, with your voice
    .body = Does your baby need undressing at the consultatiebureau (child health clinic) to be weighed and measured? Undress your baby yourself, say what’s happening (‘Bare for a moment, now onto the scales’) and keep your face close. If your baby protests, keep a hand on their tummy. As soon as you can: dress them and hold them close. A warm blanket between weighing and measuring helps too.

one-question-for-the-clinic =
    .title = Take one question to the clinic
    .body = Before your next consultatiebureau (child health clinic) appointment, write down what’s really on your mind, even if it seems small or silly: crying, sleep, your mood, or how contact with your baby feels. Ask it first, so it doesn’t get lost. Nobody expects you to know everything already; asking questions is simply part of caring well. Forgot? You can still phone afterwards.

grandparent-babysits-first-time =
    .title = A grandparent babysits for the first time
    .body = Is a grandparent or another trusted person about to babysit for the first time? Meet up together beforehand, ideally where the babysitting will happen, and show how you feed, change, comfort and put your baby to sleep: on their back, nothing soft in the cot. Keep the first time without you short; an hour is plenty. Your baby gets to know them in small steps. After that it can be longer.

mixed-feelings-about-work =
    .title = Keen on work and sad too? Both are fine
    .body = Looking forward to work, yet finding it hard to say goodbye to your baby? Or do you mostly feel relief, or mostly guilt? All of it is allowed, often mixed together. Say it out loud to someone today. Your baby doesn’t need a parent who is always home, but one who is really there when you’re together, and steady, warm people while you’re away. The feeling often shifts after the first weeks.

bottle-from-another-carer =
    .title = Whoever gives the bottle looks at your baby
    .body = Will someone else soon give your baby a bottle, with expressed milk or formula? Practise together today: let them hold your baby in their arm, half upright with the face turned towards them, talking or humming calmly while your baby drinks. A feed is more than food: it’s looking and contact, whoever gives it. Does your baby refuse while you’re around? Leave the room for a while.

evening-handover-break =
    .title = Alone with the baby all day? Hand over
    .body = Have you been alone with your baby all day, and is someone coming home or round tonight? Agree that they take over your baby straight away and that you really go for fifteen minutes: a shower, outside, lying down. A whole day of caring empties you, and refuelling makes it easier to be patient afterwards. Can’t happen straight away? Agree on a fixed moment instead, say right after dinner.

nights-on-your-own =
    .title = Nights on your own? Set everything out
    .body = Is your partner back at work, working nights, or are you doing this alone? Tonight, put everything for the night within reach: water, something to eat, nappies, a clean vest, a soft lamp. The less you have to search, the calmer you go to your baby, and soft light keeps the night calm for you both. Did a night go badly? Then you’re allowed to ask for help the next day.

working-parent-own-moment =
    .title = Back at work? Keep one care moment your own
    .body = Are you the one back at work, by day or by night? Choose one care moment a day that is yours, like the bath, the first bottle of the morning or the last nappy before bed, and do it the same way each time. That keeps a steady, familiar piece of you in your baby’s day, even when you’re away a lot. Missed a day? Just pick it up again the next.

crying-in-public-look-at-your-baby =
    .title = Crying on the bus or in a shop? Look at your baby
    .body = Does your baby start crying in the supermarket, on the bus or in a waiting room, and can you feel people watching? Turn your attention to your baby, not to the people around you: pick your baby up, talk softly and take the time it takes. A crying baby doesn’t mean you’re doing something wrong; your baby is simply asking for you. Someone makes a remark? ‘We’re fine, thanks’ is enough.

how-do-i-seem-lately =
    .title = Ask someone: how do you think I’m doing?
    .body = For many parents, the teary days after the birth pass within a few weeks. Today, ask someone who knows you well: ‘How do you think I’m doing?’ Someone else sometimes notices before you do that you stay low, irritable or flat. This goes for a parent who didn’t give birth too. Do you recognise it? Then talk about it at the consultatiebureau (child health clinic) or with your GP.

smiles-for-everyone =
    .title = Your baby smiles at everyone? Lovely
    .body = Do the cashier and the neighbour get a beaming smile too these days? That’s very normal in these months: your baby loves faces, but settles fastest with whoever cares for them most. So enjoy every smile your baby gives away. Today, notice what happens when your baby is tired or upset: then it’s usually familiar arms they look for.

first-visits-leave-in-time =
    .title = On a visit: go home while it’s still fun
    .body = Visiting family or friends with your baby for the first time? Decide beforehand how long you’ll stay, and leave as soon as you see the first signs of ‘enough’: looking away, yawning, getting jumpy. A short visit that ends well beats a long afternoon that ends in overtired crying. Stayed too long after all? It happens to everyone; next time you’ll know the limit better.

car-seat-your-voice =
    .title = In the car seat: let them hear your voice
    .body = Your baby can’t see you in the car and starts crying? Keep talking or singing, even if you’re driving: your voice says you’re there. If someone else is driving, sit next to your baby. If your baby really needs comforting, stop somewhere safe and take them out of the seat for a moment. Does your baby cry on nearly every drive? Where you can, set off after a feed and a clean nappy.

walk-with-another-parent =
    .title = Go for a walk with another parent
    .body = Are you at home alone with your baby a lot? This week, arrange to meet another parent of a young baby, from a course, the neighbourhood or the consultatiebureau (child health clinic) waiting room, for a walk or a coffee. Talking to someone going through the same thing lightens the days, and with a bit more energy you have more patience too. No need to compare: every baby has their own pace.

contact-naps-on-you =
    .title = Does your baby only nap on you?
    .body = Does your baby only fall asleep in your arms or the carrier during the day, and wake as soon as you put them down? That’s very common at this age, not a bad habit: close to you feels safe. Enjoy it when it suits you. Getting drowsy yourself? Then lay your baby on their back in their own cot. Want your hands free more often? Try one nap a day in the cot, with the same song first.

copy-your-babys-face =
    .title = Copy your baby’s faces
    .body = Does your baby stick out their tongue today, make an ‘O’ mouth or frown? Copy it, up close and a little exaggerated, then wait to see what your baby does back. You become a living mirror: your baby sees that what they do reaches you. Sometimes the face comes back, as if you’re playing a game. No response? Try again tomorrow when your baby is wide awake.

video-call-with-grandparent =
    .title = Video calls with a grandparent far away
    .body = Do grandparents or other loved ones live far away, perhaps in another country? Make a short video call today, with your baby on your lap so they see your face too. Let the other person sing a song or talk in their own language, and react warmly yourself. Your baby gets to know that voice and face a little, and the family bond stays warm. Keep it short: a few minutes is enough.

film-once-then-be-there =
    .title = Film it once, then just watch
    .body = Want to capture that smile or babble? Film it once, then put your phone away and carry on with your face close to your baby’s. Behind a screen your baby sees only a phone and misses your eyes and your smile back, while it’s exactly that answer that makes the moment. You have the clip; the rest is for the two of you. There’ll surely be another smile tomorrow.

hands-discovered =
    .title = Your baby discovers their hands
    .body = Is your baby gazing intently at their own hands today, or playing with their fingers? Let it happen and don’t interrupt straight away with a toy or a song. Stay nearby and at most say softly: ‘Those are your hands.’ Your baby is discovering something all by themselves, and you show that this is allowed. Does your baby look at you afterwards? Then it’s your turn.

fist-in-mouth-signal =
    .title = Fist in mouth: hunger or self-soothing?
    .body = Does your baby often suck on a fist or fingers? Watch today what else is happening. If your baby is also rooting, smacking their lips or getting restless, it’s often hunger. If they lie there contentedly, it may be an early way of calming themselves a little. Then don’t take the hand away, and stay close. In doubt? Feel free to offer a feed; your baby will show you whether it was hunger.

little-hands-massage =
    .title = Massage those little hands
    .body = Take one of your baby’s hands in your warm hand today, stroke the palm with your thumb and let each little finger slide through your fingers. A drop of plain, unscented oil is fine but not needed; never use nut or olive oil. Sing or count softly as you go. If the fist closes tight or your baby pulls the hand back, that’s enough. Tomorrow it’s the other hand’s turn.

swipe-at-a-toy =
    .title = Let your baby swipe at a toy themselves
    .body = Is your baby lying on their back? Hold a rattle or soft toy just within reach above them today, and wait. Don’t put it in their hand; let your baby swing and hit it themselves. If it rattles, look surprised and make a happy sound. This is how your baby discovers cause and effect: my arm moves, and something happens. Not yet? Hold the toy closer, or try again in a few weeks.

cooking-with-baby-in-view =
    .title = Cooking with your baby in view
    .body = Need to cook or tidy while your baby is awake? Lay your baby safely where they can see you, on a mat or in a bouncer on the floor, and chat now and then: ‘I’m chopping onions, can you hear?’ When your baby makes a sound, look up and answer. You don’t have to choose between your jobs and your baby: you stay within reach. If it turns into grizzling, pick your baby up for a moment.

twins-no-labels =
    .title = Twins: two children, no labels
    .body = Do you have twins? Then everyone soon asks: ‘Which one’s the easy one?’ And before you know it, one is ‘the crier’ and the other ‘the calm one’. Today, notice something each baby enjoys, separately from the other, and tell that to whoever asks. Babies change fast, and each one deserves to be seen as they are now, not as half of a pair. Everyone compares now and then; letting it go is what counts.

bath-song-with-a-splash =
    .title = A bath song with a splash
    .body = Make a game of bath time today: hold your baby securely, sing the same short song each time and at the end let your hand splash gently in the water. If your baby kicks, answer with ‘splash!’ and a smile. A fixed song makes the bath predictable, and your reply to every kick turns it into a little conversation. Does the splash make your baby jump? Then make it smaller.

dressing-pause-when-protesting =
    .title = Dressing turns into crying? Take a pause
    .body = Does your baby start crying while being dressed today, halfway through a sleeve or with a top going over the head? Stop for a moment, hold your baby against you half-dressed, wait for the crying to ease, then carry on calmly. That shows protest is heard, even when dressing still has to happen. Doesn’t help? For the coming weeks, choose clothes that open and close easily.

calmer-evenings-look-back =
    .title = Calmer evenings? Look back at what you did
    .body = Is your baby crying less in the evenings than a few weeks ago? For many babies the crying eases around this age. Take a moment today to think about what you did in those hard weeks: carrying, rocking, staying when nothing helped. That wasn’t for nothing; your baby learned that someone stays. Tell someone, or write it down. If the crying returns one evening, you now know what you can do.

three-days-of-sleep-notes =
    .title = Discover your baby’s own sleep rhythm
    .body = For three days, jot down briefly when your baby falls asleep and wakes up, without changing anything. Around this age many babies slowly develop a pattern of their own, and on paper you often see it sooner than in your head. If your baby keeps falling asleep around the same time, you can shape the day around that a little. No pattern yet? Also fine; it often comes later.

stay-on-the-page =
    .title = Stay on the picture your baby is looking at
    .body = Take a picture book today and, as you read, watch where your baby is looking. If their gaze lingers on the duck or the red ball, don’t turn the page straight away; talk about that picture: ‘Do you see the duck? Quack!’ You follow your baby instead of the story, and your baby feels that what interests them matters. Does your baby look away from the book? Then the story is over for today.

feeding-with-a-big-sibling-beside-you =
    .title = Feeding with a big brother or sister nearby
    .body = Does your older child want attention just when you’re feeding the baby? Today, set out a basket with a few books or something to do that only comes out at feeds. Let your eldest sit next to you, and read or chat together while the baby drinks. Your baby hears your voice, and your eldest isn’t left out. Doesn’t work one time? A wink and ‘your turn soon’ is fine too.

tell-your-baby-about-your-day =
    .title = Tell your baby about your day
    .body = During a feed or a walk today, tell your baby about your day, or about the past: what the house you grew up in looked like, what you had for lunch, who phoned. Your baby doesn’t understand the words, but enjoys your voice with all its ups and downs, and hears lots of language this way. You don’t have to be funny or clever: an ordinary story is good enough. Run out of words? Humming works too.

what-you-know-about-your-baby =
    .title = What do you know about your baby now?
    .body = Write down three things today that you know about your baby now and didn’t know just after the birth: how they like to be carried, which sound calms them, what makes them laugh. That is exactly what your baby needs: someone who sees who this child is, without comparing them with others. Ever doubt whether you really know your baby? Now you have it in black and white. And add to it in a month.

tension-at-home-soft-voice =
    .title = Tension at home? Keep your voice soft near your baby
    .body = Are things getting heated today, with your partner, a relative or on the phone? Put the talk off until your baby is asleep or elsewhere, and speak calmly around your baby. Babies feel tension in voices and bodies, even without understanding a word. Agree on a pause word together, like ‘Later’: we’ll carry on once the baby is asleep. Then nobody has to drop the conversation.
