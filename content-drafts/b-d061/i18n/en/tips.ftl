childcare-visit-together-first =
    .title = Visit the childcare together first
    .body = Will your baby go to childcare once you’re back at work? Before the first day, go there together for an hour, with your baby on your lap. Watch how the staff respond to a crying baby, and ask who will be your baby’s regular face there. That way your baby meets them while you’re still the familiar anchor. If something doesn’t feel right, feel free to ask for a second visit.

birth-story-told =
    .title = Is the birth still on your mind? Tell it
    .body = Do you keep going back to the birth, because it went differently than hoped, was frightening or very fast? Today, tell the whole story to someone who listens. You can also ask your verloskundige (midwife), the hospital or your GP for a follow-up talk. A birth is a big transition, also for whoever stood beside it, and what finds a place leaves more room for your baby. It can come out in pieces.

vaccination-day-on-your-lap =
    .title = Vaccination day: hold your baby close
    .body = Is your baby having a jab at the consultatiebureau (child health clinic) today or soon? Ask if you can hold your baby on your lap for it, tummy against you, and keep talking softly. Straight afterwards, offer the breast, the bottle or a firm cuddle. Your familiar body and voice help your baby settle after the shock. A short, sharp cry is normal; in your arms it usually fades quickly.

evening-after-the-jab =
    .title = The evening after the jab: stay extra close
    .body = Is your baby clingier, more tearful or sleepier than usual after a vaccination? Cancel that evening’s plans and keep your baby near you more: in your arms, in the sling or beside you on the sofa. A baby who feels off needs you all the more, and you can simply give that. Does your baby feel hot, drink poorly, or are you in doubt? Call your GP or the consultatiebureau (child health clinic).

soft-start-back-at-work =
    .title = Plan a gentle start back at work
    .body = Going back to work soon? See today whether you can start with a few shorter days or midweek, and plan a practice day before the real start, when your baby is already with the sitter or at childcare. Then your first working day isn’t also the first day without you, and you keep more calm for pick-up time. Not possible? Then keep the first evenings at home as empty as you can.

follow-my-face-slowly =
    .title = Let your baby follow your face
    .body = At a calm moment, hold your face about thirty centimetres above your baby, make eye contact, then move very slowly a little to the left. Do their eyes follow? Come back, then go a little to the right. Your baby is practising looking, and your face is the best thing there is to practise on. Lost you? Wait until their gaze finds you again. If your baby turns right away, that’s enough for now.

speak-your-own-language =
    .title = Talk to your baby in your own language
    .body = Do you speak more than one language at home? Today, talk, sing and comfort in the language you feel most at home in, even if it isn’t the language around you. In your own language your warmth and your jokes sound most real, and your baby hears that. If another carer speaks a different language, let them use their own too. A baby copes perfectly well with two languages side by side.

undressing-at-the-clinic =
    .title = Undressing for the scales, with your voice
    .body = Does your baby need undressing at the consultatiebureau (child health clinic) to be weighed and measured? Undress your baby yourself, say what’s happening (‘Bare for a moment, and now onto the scales’) and keep your face close. If your baby protests, keep a hand on their tummy. As soon as you can: dress them and hold them close. Bring a warm blanket, so the bare bit is shorter.

one-question-for-the-clinic =
    .title = Take one question to the clinic
    .body = Before your next consultatiebureau (child health clinic) appointment, write down what’s really on your mind, even if it seems small or silly: crying, sleep, your mood, or how contact with your baby feels. Ask it first, so it doesn’t get lost. Nobody expects you to know everything already; asking questions is simply part of caring well. Forgot? You can still phone afterwards.

grandparent-babysits-first-time =
    .title = A grandparent babysits for the first time
    .body = Is a grandparent or another trusted person about to babysit for the first time? Meet up together beforehand, ideally at their home if that’s where they’ll babysit, and show how you feed, change and comfort. Keep the first time without you short; an hour is plenty. Your baby gets to know them in small steps, from familiar ground. After that it can be longer.

mixed-feelings-about-work =
    .title = Keen on work and sad too? Both are fine
    .body = Looking forward to work, yet finding it hard to say goodbye to your baby? Or do you mostly feel relief, or mostly guilt? All of it is allowed, often mixed together. Say it out loud to someone today. Your baby doesn’t need a parent who is always home, but one who is really there when you’re together, and steady, warm people while you’re away. The feeling often shifts after the first weeks.

bottle-from-another-carer =
    .title = Whoever gives the bottle looks at your baby
    .body = Will someone else soon give your baby a bottle, with expressed milk or formula? Practise together today: let them hold your baby in their arm, half upright with the face turned towards them, talking or humming calmly while your baby drinks. A feed is more than food: it’s looking and contact, whoever gives it. Does your baby refuse while you’re around? Leave the room for a while.

evening-handover-break =
    .title = Alone with the baby all day? Hand over
    .body = Have you been alone with your baby all day, and is someone coming home or round tonight? Agree that they take over your baby straight away and that you really go for fifteen minutes: a shower, outside, lying down. A whole day of caring empties you, and refuelling makes it easier to be patient afterwards. Often on your own? Ask a neighbour or friend for one fixed quarter of an hour a week.

nights-on-your-own =
    .title = Nights on your own? Set everything out
    .body = Is your partner back at work, working nights, or are you doing this alone? Tonight, put everything for the night within reach: water, something to eat, nappies, a soft lamp. And choose one person you may text at night when it gets hard. The less you have to search, the calmer you go to your baby. Did a night go badly? Then you’re allowed to ask for help the next day.

working-parent-own-moment =
    .title = Back at work? Keep one care moment your own
    .body = Are you the one back at work, by day or by night? Choose one care moment a day that is yours, like the bath, the first bottle of the morning or the last nappy before bed, and do it the same way each time. That keeps a steady, familiar piece of you in your baby’s day, even when you’re away a lot. Missed a day? Just pick it up again the next.

calmer-with-the-other-parent =
    .title = Someone else comforts better? No verdict
    .body = Does your baby often settle faster now with another parent or carer than with you? That says nothing about your bond: at this age babies usually let several familiar people comfort them, sometimes preferring whoever is around most. Keep your own moments, especially at calm times, like playing after a nap. Your way of comforting will become familiar too, given time.

how-do-i-seem-lately =
    .title = Ask someone: how do you think I’m doing?
    .body = For many parents, the teary days after the birth pass within a few weeks. Today, ask someone who knows you well: ‘How do you think I’m doing?’ Someone else sometimes notices before you do that you stay low, irritable or flat. This goes for a parent who didn’t give birth too. Do you recognise it? Then talk about it at the consultatiebureau (child health clinic) or with your GP.

smiles-for-everyone =
    .title = Your baby smiles at everyone? Lovely
    .body = Do the cashier and the neighbour get a beaming smile too these days? That’s very normal in these months: your baby loves faces, but settles fastest with whoever cares for them most. So enjoy every smile your baby gives away. Today, notice what happens when your baby is tired or upset: usually it’s your shoulder they look for.

first-visits-leave-in-time =
    .title = On a visit: go home while it’s still fun
    .body = Visiting family or friends with your baby for the first time? Decide beforehand how long you’ll stay, and leave as soon as you see the first signs of ‘enough’: looking away, yawning, getting jumpy. A short visit that ends well beats a long afternoon that ends in overtired crying. Stayed too long after all? It happens to everyone; next time you’ll know the limit better.

car-seat-your-voice =
    .title = In the car seat: let them hear your voice
    .body = Your baby can’t see you in the car and starts crying? Keep talking or singing, even if you’re driving: your voice says you’re there. If someone else is driving, sit next to your baby. If your baby really needs comforting, stop somewhere safe and take them out of the seat for a moment. On longer drives, plan a break now and then for a cuddle anyway.

pram-facing-you =
    .title = In the pram: let your baby see your face
    .body = Can your pram face you? Set it up that way for today’s walk, and look in now and then with a smile or a word. Among all the new sounds and lights, your face is the fixed point, and you’ll see sooner when your baby is getting tired or has had enough. Not possible? Stop at a bench now and then and lean in to your baby for a moment.

walk-with-another-parent =
    .title = Go for a walk with another parent
    .body = Are you at home alone with your baby a lot? This week, arrange to meet another parent of a young baby, from a course, the neighbourhood or the consultatiebureau (child health clinic) waiting room, for a walk or a coffee. Talking to someone going through the same thing lightens the days, and with a bit more energy you have more patience too. No need to compare: every baby has their own pace.

tummy-time-on-your-chest =
    .title = Tummy time on your chest
    .body = Does your baby still find lying on their tummy on the floor hard? Lie back half-reclined on the sofa and put your baby tummy-down on your chest, with your face close. To see you, your baby will often lift their head by themselves, and your body makes the practice warm and safe. Only do this while you’re awake and alert; if you get drowsy, lay your baby on their back in their own cot.

copy-your-babys-face =
    .title = Copy your baby’s faces
    .body = Does your baby stick out their tongue today, make an ‘O’ mouth or frown? Copy it, up close and a little exaggerated, then wait to see what your baby does back. You become a living mirror: your baby sees that what they do reaches you. Sometimes the face comes back, as if you’re playing a game. No response? Try again tomorrow at a wakeful moment.

video-call-with-grandparent =
    .title = Video calls with a grandparent far away
    .body = Do grandparents or other loved ones live far away, perhaps in another country? Make a short video call today, with your baby on your lap so they see your face too. Let the other person sing a song or talk in their own language, and react warmly yourself. Your baby gets to know that voice and face a little, and the family bond stays warm. Keep it short: a few minutes is enough.

first-laughs-again =
    .title = A first laugh? Do it again
    .body = Did your baby laugh out loud today at a sound, a kiss on the tummy or a funny face? Do exactly the same again, wait a moment, and again. Laughing together is one of the loveliest kinds of contact, and repetition makes it predictable and extra fun. Stop when the laughter turns into squirming or looking away. No laughing out loud yet? For some babies it comes a little later.

film-once-then-be-there =
    .title = Film it once, then just watch
    .body = Want to capture that smile or babble? Film it once, then put your phone away and carry on with your face close to your baby’s. Behind a screen your baby sees only a phone and misses your eyes and your smile back, while it’s exactly that answer that makes the moment. You have the clip; the rest is for the two of you. There’ll surely be another smile tomorrow.

hands-discovered =
    .title = Your baby discovers their hands
    .body = Is your baby gazing intently at their own hands today, or fiddling their fingers together? Let it happen and don’t interrupt straight away with a toy or a song. Stay nearby and at most say softly: ‘Those are your hands.’ Your baby is discovering something all by themselves, and you show that this is allowed. Does your baby look at you afterwards? Then it’s your turn.

fist-in-mouth-signal =
    .title = Fist in mouth: hunger or self-soothing?
    .body = Does your baby often suck on a fist or fingers? Watch today what else is happening. If your baby is also rooting, smacking their lips or getting restless, it’s often hunger. If they lie there contentedly, it may be an early way of calming themselves a little. Then don’t take the hand away, and stay close. When in doubt, offering a feed is never wrong.

little-hands-massage =
    .title = Massage those little hands
    .body = Take one of your baby’s hands in your warm hand today, stroke the palm with your thumb and let each little finger slide through your fingers. A drop of plain, unscented oil is fine but not needed; never use nut or olive oil. Sing or count softly as you go. If the fist closes tight or your baby pulls the hand back, that’s enough. Tomorrow it’s the other hand’s turn.

swipe-at-a-toy =
    .title = Let your baby swipe at a toy themselves
    .body = Is your baby lying on their back? Hold a rattle or soft toy just within reach above them today, and wait. Don’t put it in their hand; let your baby swing and hit it themselves. If it rattles, say: ‘You did that!’ This is how your baby discovers that their own movements make things happen: an early source of self-confidence. Not yet? Hold the toy closer, or try again in a few weeks.

cooking-with-baby-in-view =
    .title = Cooking with your baby in view
    .body = Need to cook or tidy while your baby is awake? Lay your baby safely where they can see you, on a mat or in a bouncer on the floor, and chat now and then: ‘I’m chopping onions, can you hear?’ When your baby makes a sound, look up and answer. You don’t have to choose between your jobs and your baby: you stay within reach. If it turns into grizzling, pick your baby up for a moment.

name-the-fright =
    .title = Did your baby jump? Say what happened
    .body = Does your baby startle today at a slamming door, a barking dog or the hoover? Pick your baby up and calmly say what happened: ‘Oh, that was a loud noise. That gave you a fright.’ Your baby doesn’t understand the words yet, but does feel that you see what’s going on inside. Naming like this later becomes the ground for recognising their own feelings. And the hoover can wait a while.

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
    .body = Take a picture book today and, as you read, watch where your baby is looking. If their gaze lingers on the duck or the red ball, don’t turn the page straight away; talk about that picture: ‘Do you see the duck? Quack!’ You follow your baby instead of the story, and your baby feels that what interests them matters. The book needn’t be finished: one page is a whole reading moment too.

big-sibling-earns-a-smile =
    .title = Help a big brother or sister earn a smile
    .body = Is there an older child at home? Today, let them sit close to the baby and help them ‘earn’ a smile: ‘Talk softly, and look, the baby is looking at you!’ The older child discovers that the baby sees them and responds, and the two begin a bond of their own. Stay there yourself and give the older child some attention of their own afterwards. No smile? Say the baby might be tired.

cold-day-extra-lap =
    .title = A baby with a cold? Your lap is the place
    .body = Does your baby have a cold, with a blocked nose and restless feeds? Leave whatever can wait today and keep your baby with you more: upright against your shoulder, on your lap, in the sling. A baby who feels rotten seeks comfort, and you can give it generously, even if it feels like ‘extra’. Is your baby drinking poorly, running a fever, or does something feel wrong? Call your GP today.

look-around-then-come-back =
    .title = Let your baby look around, then come back
    .body = Does your baby like sitting on your lap to watch the room or the street? Today, hold your baby securely with their back against your tummy and let them look around. When your baby gets restless or turns their head away, turn them round to face you. Your baby explores the world from your arms and settles again with you: an early form of a safe base. Then it can be the other way round again.

tell-your-baby-about-your-day =
    .title = Tell your baby about your day
    .body = During a feed or a walk today, tell your baby about your day, or about the past: what the house you grew up in looked like, what you had for lunch, who phoned. Your baby doesn’t understand the words, but enjoys your voice with all its ups and downs, and hears lots of language this way. You don’t have to be funny or clever: an ordinary story is good enough. Run out of words? Humming works too.

songs-from-your-own-childhood =
    .title = Ask about the songs from your childhood
    .body = Today, ask a grandparent or another relative which songs were sung to you as a child, perhaps in another language or a dialect. Learn one and sing it to your baby, or let that person do it. That way your baby gets a song that has travelled through generations: a thread between family and child. Nobody remembers one? Then a new tradition starts now.

what-you-know-about-your-baby =
    .title = What do you know about your baby now?
    .body = Write down three things today that you know about your baby now and didn’t know just after the birth: how they like to be carried, which sound calms them, what makes them laugh. That is exactly what your baby needs: someone who sees who this child is, without comparing them with others. Feel free to give the list to a sitter or the childcare. And add to it in a month.

tension-at-home-soft-voice =
    .title = Tension at home? Keep your voice soft near your baby
    .body = Are things getting heated today, with your partner, a relative or on the phone? Put the talk off until your baby is asleep or elsewhere, and speak calmly around your baby. Babies feel tension in voices and bodies, even without understanding a word. Did it flare up with your baby there anyway? Pick them up, breathe slowly and say softly: ‘It’s all right again.’ Calming down together counts.
