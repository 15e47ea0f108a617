# Daily tips: one message per tip id of assets/tips.toml, with .title (at most
# 60 characters) and .body (at most 400 characters).


bump-hello-voice =
    .title = Say hello to the bump today
    .body = Today, tell your baby out loud what you’re up to, even just a few sentences while you cook. Your voice reaches them muffled, and that’s how it starts to become a familiar sound for later. Not your bump? Sit close with a hand on it. If talking feels less odd than you expected, or you feel a kick while you speak, the connection has already begun.

bump-lullaby-choice =
    .title = Pick one song to share with your baby
    .body = Choose one song today to sing or hum often over the coming weeks: a lullaby, or simply a tune you love. Repetition makes a melody familiar, so after the birth you’ll already have something known to comfort your baby with. You’ll know it’s working when you catch yourself humming it without thinking.

support-circle-names =
    .title = Write down three people who can help
    .body = Today, write down three people you could ask for something practical after the birth: a meal, shopping, a load of washing, or an hour with the baby while you sleep. Rested parents have more room to respond calmly, and asking for help is a strength, not a failing. It’s working when you already know what you’d ask each of them.

love-grows-slowly =
    .title = Love is allowed to grow slowly
    .body = Say it today, to yourself or to someone you trust: “I might not feel a rush of love straight away, and that’s okay.” For many parents the bond grows over the first weeks after birth, and when it takes longer it’s rarely anyone’s fault. You’ll notice it helps when you can think about the birth and the first days with a little less pressure.

skin-to-skin-birth-plan =
    .title = Put skin-to-skin in your birth plan
    .body = Write it in your birth plan today, or tell whoever will support you at the birth: you’d like your baby laid bare on your bare chest once they’re born. That contact helps steady your baby’s temperature, heartbeat and stress. If the birthing parent can’t, another adult can step in, as long as they’re awake and alert. It’s working when everyone around you knows.

rest-half-hour =
    .title = Plan half an hour of nothing
    .body = Pick a moment today to lie down or sit for thirty minutes with nothing to do: no lists, no chores. Rest isn’t a luxury right now; a parent who isn’t running on empty finds it easier to be patient and gentle later on. You’ll know it’s working when your shoulders drop and the rest of the day feels a little less rushed.

small-circle-close =
    .title = Decide who’ll be close in the first weeks
    .body = Agree today on the few people who’ll really be around to care for your baby alongside you in the first weeks. Babies attach to a small number of adults who are near them often, so a small, steady circle suits them better than lots of changing hands. It’s working when you have a short list of names and those people know they’re on it.

bump-hands-hello =
    .title = A quiet hands-on-the-bump moment
    .body = Tonight, rest your hands on the bump for a few minutes, or ask your partner, if you have one, to do it. Move slowly, breathe calmly and say something kind. A regular moment of touch makes your baby feel a bit more real to you and sets the tone for all the cuddles still to come. You’ll notice it when you start looking forward to it.

newborn-signals-preview =
    .title = Learn now how a newborn calls for you
    .body = Take a moment today to learn how a newborn asks for closeness: crying for help, searching for eyes, grasping with tiny hands, settling at your voice or touch. Knowing these signals ahead of time means you can answer them faster and more calmly. You’ll notice it working when, after the birth, you suddenly think: ah, that’s one of those signals.

calm-breath-practice =
    .title = Practise one calming breath
    .body = A few times today, practise the same breath: in for four, out for six, shoulders down. A newborn can’t calm themselves yet and leans on your calm, so a familiar way to settle yourself will be worth a lot later. It’s working when you reach for that breath without thinking, in a traffic jam or a long queue.

good-enough-note =
    .title = Write down what ‘good enough’ means to you
    .body = Today, jot down what a ‘good enough’ parent looks like to you, for example: “I come back, even when things go wrong.” Your baby doesn’t need a perfect parent, just someone who is there often enough and puts things right after a miss. Stick the note where you’ll see it; it’s working when rereading it later helps you breathe out.

phone-free-bump-minutes =
    .title = Five phone-free minutes, just the two of you
    .body = Leave your phone in another room for five minutes today and sit quietly with your attention on the baby who’s on the way: feel, talk, or simply be still. Being there with your mind as well as your body is something you can practise now, and it counts for a lot later. It’s working when those five minutes feel longer than expected, in a good way.

bump-read-aloud =
    .title = Read one page out loud
    .body = Today, read one page aloud from whatever you’re reading anyway: a novel, the news, a children’s book you’ve kept. It’s not about the story but about the rhythm of your voice, which is soothing now and later. If you’re not the one who is pregnant, it’s a lovely way to join in. It’s working when reading aloud starts to feel ordinary.

first-weeks-honest-talk =
    .title = Ask someone how the first weeks really were
    .body = Today, ask someone who already has a child how the first weeks truly felt, including the less lovely parts. Birth is a huge change for parents and baby alike, and knowing a slow start is common makes it less frightening if it happens. It’s working when you come away thinking: if we need time to find our feet, we won’t be the only ones.

money-worry-one-step =
    .title = Take one step on a worry you already have
    .body = Pick one worry that’s on your mind today, such as money, work or housing, and take one small step: make a list, make a call, or ask your GP or child health clinic where to turn. Worries eat energy you’ll want for your baby later, and tackling them is part of the job. It’s working when that worry feels a little smaller.

trust-reliable-care =
    .title = Reliable isn’t the same as perfect
    .body = Think today about what your baby should be able to count on from you, in simple things: food when hungry, warmth, comfort when upset. In the first year a baby builds trust from care that keeps coming back, not from flawless care. Write three of them down; it’s working when the list feels short and doable.

safe-childhood-memory =
    .title = Who made you feel safe as a child?
    .body = Think back today to someone who made you feel safe, seen or comforted when you were small. What exactly did they do? Little things like a calm voice or really listening are things you can pass on to your baby. If there was no one, you get to choose now how you’d like to do it. It’s working when you know one thing you want to carry forward.

skin-to-skin-front-top =
    .title = Pack a top that opens at the front
    .body = Today, put a shirt or cardigan that opens at the front with your things for the birth, one for you and one for a partner if you have one. It makes skin-to-skin easy after the birth and in the early weeks: baby bare on your chest, blanket over, while you’re awake and alert. It’s working when it’s ready to hand and nobody has to search.

bump-pet-name =
    .title = Give your baby a pet name now
    .body = Choose a pet name today and use it when you talk to the bump, always in the same soft tone. After birth, babies are very tuned in to the sound and pitch of a voice, even more than to the words. It’s working when the name and tone come naturally, and later you may notice your baby settling when they hear it.

visitors-calm-plan =
    .title = Make a calm plan for visitors
    .body = Decide today how you’d like visits to go in the first weeks: short ones, say, no more than one a day, and someone to guard the door when you’re tired. Lots of noise and bustle is stressful for a newborn, and for you too. It’s working when you’ve already shared the plan with the people close to you, so there’s nothing to explain later.

crying-plan-together =
    .title = Agree together: when the baby cries, we go
    .body = Talk today with whoever will share the care about crying, and agree: we go to the baby and pick them up. You can’t spoil a newborn. When crying keeps going unanswered, a baby learns that calling out gets them nowhere; independence comes much later. It’s working when you can calmly set aside well-meant ‘just let them cry’ advice.

clinic-gp-in-phone =
    .title = Save your GP and child health clinic in your phone
    .body = Look up the details of your GP and your local child health clinic today and save them in your phone. If things feel heavy after the birth, the bond doesn’t seem to come, or your baby seems very unsettled or withdrawn, asking for help early is the wise thing to do. It’s working when you know who to call without searching at a hard moment.

skin-to-skin-awake =
    .title = Skin-to-skin while you’re wide awake
    .body = Today, lay your baby in just a nappy on your bare chest, a blanket over their back, at a time when you’re awake and alert. That contact helps steady their temperature, heartbeat and stress. You’ll see it working as their breathing slows and their body softens. Getting drowsy? Put your baby down on their back in their own cot.

skin-to-skin-every-carer =
    .title = Skin-to-skin is for every carer
    .body = Today, give another regular carer a turn at skin-to-skin: your partner, if you have one, or someone else who is close to your baby. It isn’t only for the parent who gave birth; any trusted adult can feel the bond grow this way, as long as they stay awake and alert. It’s working when your baby settles on that chest and the other person clearly enjoys it.

crying-is-asking =
    .title = Crying is asking, not acting up
    .body = Next time your baby cries today, tell yourself: “You’re asking for help.” A newborn has no other way to say something is needed, and is built to seek your closeness. Go to them, even if you don’t know yet what’s wrong. It’s working when crying makes you a little less tense and you find yourself thinking: what do you need?

guess-aloud =
    .title = Guess out loud what’s going on
    .body = When your baby is unsettled today, wonder out loud: “Are you hungry? Tired? Is it all too busy?” You don’t have to get it right first time; by searching and responding, you show your baby someone is listening. You’ll notice it working when, after a few days, you land on the right answer sooner.

no-spoiling-newborn =
    .title = You can’t spoil a newborn
    .body = Pick your baby up when they cry today, without waiting to see if it stops ‘by itself’. A baby who gets an answer again and again learns that calling out works; one who often doesn’t learns it’s not worth trying. Settling alone comes much later. You’ll notice it working as your baby calms more quickly in your arms.

eyes-during-feeding =
    .title = Look at your baby during one feed
    .body = Choose one feed today, breast or bottle, when you look at your baby and talk or hum softly. Newborns see best up close, about the distance to your face when they lie in the crook of your arm. That’s how your face and voice become familiar. You’ll notice it when your baby holds your gaze for a moment or goes still at your voice.

pregnancy-song-again =
    .title = Sing the song from the pregnancy
    .body = Today, sing or hum the song you used often during the pregnancy, or start now with one song you’ll keep coming back to. Babies respond strongly to the sound and tone of a familiar voice, long before they understand words. Sing softly and slowly. It’s working when your baby goes quiet, turns towards you or breathes more calmly.

grasp-finger =
    .title = Offer your finger to hold
    .body = Today, place your finger in your baby’s palm and let them grip for as long as they like. Grasping and holding on is one of the ways a newborn seeks closeness, right from day one. Stay a moment and watch. You’ll notice it when they hold on tight and settle, and maybe you feel a little moved too.

calm-breath-first =
    .title = One calm breath for you, then your baby
    .body = Before you pick up your crying baby today, take one slow breath out and let your shoulders drop. Your baby can’t calm themselves yet and borrows your calm; for now, you’re the brain that helps the storm pass. Talk softly, move slowly. It’s working when your baby relaxes faster against your steadier body.

love-takes-weeks =
    .title = It’s okay if the big love isn’t there yet
    .body = Not feeling that overwhelming love yet? Tell yourself today: “It’s growing.” Birth is an enormous change for you and your baby, and for many parents the feeling arrives over a few weeks. Just keep caring, holding and talking. You’ll notice it in small moments when your baby starts to feel truly yours.

ask-one-thing =
    .title = Ask someone for one thing today
    .body = Send one message today with a concrete request: “Could you bring soup tomorrow?” or “Can you come for an hour so I can sleep?” Tiredness and worry make it harder to respond calmly to your baby, so asking for help is a strong move. It’s working when something comes off your list and you get a moment to breathe.

handover-and-lie-down =
    .title = Hand your baby over and lie down
    .body = Today, give your baby to someone you trust for an hour and lie down, even if you don’t think you’ll sleep. An exhausted parent has less patience, and that’s nobody’s fault; rest is simply part of caring well. On your own? Lie down as soon as your baby is asleep. It’s working when the next cry gets to you a little less.

ordinary-care-trust =
    .title = Ordinary care builds trust
    .body = Today, see every feed, clean nappy and warm blanket as a building block. Through care that keeps coming, your baby learns in this first year that the world can be trusted, and nothing fancy is needed. Now and then, say softly: “I’m here.” You’ll notice it as, over time, your baby settles sooner when you come near.

soft-voice-face =
    .title = Let your face and voice do the work
    .body = A few times today, talk to your baby up close in a soft, slightly higher voice with an open, friendly face. Babies read faces, body language and tone long before words, and they quickly get to know yours. It’s working when your baby looks at you, goes still, or answers with little arm or mouth movements.

narrate-nappy-change =
    .title = Talk through the nappy change
    .body = During nappy changes today, say what you’re doing: “Poppers open first. Bit chilly, isn’t it? There we go, a clean nappy.” Your baby hears plenty of your voice, the routine becomes predictable, and a chore turns into a little moment together. It’s working when your baby quiets or looks at you as you start talking.

gentle-order-not-clock =
    .title = A familiar order, not a timetable
    .body = Pick a regular order for after waking today, for example feed, change, a cuddle, then sleep again, without watching the clock. A recognisable rhythm makes your baby’s world predictable, and that makes it feel safe. It’s working when, after a few days, your baby seems calmer through the familiar steps and you need to think less.

bedtime-same-words =
    .title = The same words each time you lay them down
    .body = Each time you put your baby down today, say the same short line, like “Sleep well, I’m close by,” or hum the same few notes. A small fixed ritual tells your baby what’s coming and gives them something to hold on to. It doesn’t have to work every time. You’ll notice it when, after a while, they seem to relax at those words.

quiet-room-after-bustle =
    .title = After busyness, find a quiet room
    .body = After visitors or a busy spell today, take your baby to a quiet room with soft light and hold them close for a while. Too much noise and bustle can stress a newborn, though they need contact too: it’s about balance. You’ll see it working when the crying or restlessness fades afterwards.

looking-away-pause =
    .title = Looking away means: a little break
    .body = While cuddling or chatting today, watch for looking away, yawning, hiccups or a frown. Often that’s your baby saying “That’s enough for now.” Give them a pause, soften your voice or look away yourself, and come back when they turn towards you again. It’s working when your baby seeks contact again on their own after the pause.

long-cuddle =
    .title = Take time today for one long cuddle
    .body = Set aside fifteen minutes today just to hold your baby, with nothing else to do: no feed, no change. Cuddling releases oxytocin, the bonding hormone, in your baby and in you, and that strengthens the bond. You’ll notice it when you both soften and your baby nestles into you.

hand-hug-settle =
    .title = A hand hug for a restless baby
    .body = If your baby is restless today in the cot or on the changing mat, rest one warm hand gently on their chest or tummy and cup their head with the other, talking softly. Your calm touch helps them settle, and doing this often is how they’ll later learn to settle themselves. You’ll notice it when their arms and legs go still.

phone-away-one-feed =
    .title = One feed without your phone
    .body = For one feed today, put your phone out of reach and be fully there for a while: look, feel, listen. You don’t need to be this present all the time, but these moments show your baby you’re truly available. Screens at other feeds are fine. It’s working when you notice details you’d missed, like a tiny finger moving.

one-thing-went-well =
    .title = Tonight, name one thing that went well
    .body = Tonight, out loud or in your head, name one thing that went well enough today: a feed, a cuddle, staying put while the crying went on. Your baby doesn’t need a perfect parent, just one who responds often enough on average. That’s already you. It’s working when you fall asleep a little less hard on yourself.

repair-after-rough-moment =
    .title = Missed a beat? Come back and make it right
    .body = Were you short-tempered today, or slow to hear your baby? Go back, pick them up and say softly: “Sorry, I’m here now.” Nobody is in tune all the time, and coming back after a miss is exactly what strengthens the bond. It’s working when your baby settles in your arms and you can let some of the guilt go.

share-comfort-early-weeks =
    .title = In the first weeks, comfort can be shared
    .body = Today, let someone you trust take over a crying spell while you catch your breath. In the first weeks a baby has no preference for one person yet and can be soothed by any calm, loving adult; that strong preference comes later. It’s working when your baby settles with them too and you come back with fresh energy.

small-circle-of-hands =
    .title = Keep the circle around your baby small
    .body = Today, choose on purpose who holds and cares for your baby: a few regular people rather than every visitor. Babies attach to a small group of adults who are often nearby, and that trust grows best when the circle doesn’t keep changing. It’s working when, after a while, your baby settles noticeably faster with those familiar people.

grandparent-regular-moment =
    .title = Give a grandparent or friend a regular slot
    .body = Today, arrange a short, regular weekly moment with a grandparent or close friend when they hold your baby, chat to them or sing a song. Your baby can build a good bond with familiar people like these too, and you get a breather. It’s working when your baby relaxes more easily with that person each time.

early-sleepy-signs =
    .title = Catch the first sleepy signs
    .body = Watch today for early tiredness cues: yawning, staring into space, rubbing their face, or suddenly jerky arms and legs. Then settle your baby or rock them gently before the crying starts. This way they learn that a signal gets noticed. You’ll see it working when falling asleep goes a little more smoothly, with less overtired crying.

early-hunger-cues =
    .title = Spot hunger before the crying starts
    .body = Look out today for early hunger cues: turning and rooting, lip-smacking, hands to mouth. Offer a feed then, breast or bottle, rather than waiting for tears. That way you answer the signal your baby is actually giving, which is the heart of responding sensitively. You’ll notice it as feeds start more calmly.

stay-when-crying-continues =
    .title = Stay close, even when the crying won’t stop
    .body = Is your baby crying today and nothing helps? Stay close anyway: hold them, rock, or talk softly, without needing the crying to end. You’re not failing; you’re showing your baby they’re not alone with it, and that counts. You won’t always see it right away, but often you’ll feel a small body grow heavier against you after a while.

at-your-limit-pause =
    .title = At your limit? Put your baby down safely
    .body = If you feel close to snapping today, lay your baby safely on their back in the cot, step into another room for a few minutes and breathe out slowly. Call or text someone. A pause isn’t failing; it protects you both. If it often feels this heavy, talk to your child health clinic or GP. It’s working when you come back calmer.

still-strange-talk-early =
    .title = Still feels strange after weeks? Talk about it
    .body = After a few weeks, do you find you can’t really ‘read’ your baby, or does the contact still feel odd or flat? Does your baby seem very anxious, jumpy or withdrawn? Then make an appointment today with your child health clinic or GP. It’s rarely anyone’s fault, and asking early really helps. It’s working when you feel heard and know the next step.

comfort-builds-brain =
    .title = Each time you comfort, a small brain grows
    .body = As you comfort your baby today, think: this is building work. When a baby is calmed again and again, their stress system learns to settle after a fright, and holding and loving contact feed the parts of the brain that later help manage emotions. You’ll see it working when your baby bounces back a little faster after being upset.

gentle-leg-massage =
    .title = Try a short, gentle leg massage
    .body = Warm your hands today, take a few drops of plain, unscented oil and stroke your baby’s legs slowly, the same way each time. Talk softly as you go. Touch like this strengthens your bond. Stop as soon as your baby turns away, cries or gets restless. It’s working when your baby lies relaxed, looking at you or breathing calmly.

read-aloud-anything =
    .title = Read something aloud today, anything
    .body = Read to your baby for a few minutes today, from a picture book, a magazine or your own novel. The content doesn’t matter yet; the rhythm and melody of your voice are what soothe. It’s a lovely job for another carer too. It’s working when your baby goes quiet, seems to listen or drifts off.

look-back-and-smile =
    .title = Does your baby look at you? Look and smile back
    .body = When your baby looks at you today, pause what you’re doing, look back, smile and say something sweet. When you answer their bids for contact with a warm face, your baby learns that reaching out pays off. You’ll notice it as those looks grow longer and more frequent, and perhaps a smile comes back.

watch-two-minutes =
    .title = Spend two minutes just watching your baby
    .body = Sit with your baby for two minutes today and simply watch: how do they move, what are their hands and face doing? Softly name what you see. A child who feels truly seen grows in trust, and it’s exactly these small moments that count. It’s working when you feel you know your baby a little better afterwards.

safe-seen-soothed-check =
    .title = Safe, seen, soothed: what’s needed now?
    .body = In a fussy moment today, ask yourself: does my baby feel safe, seen and soothed right now? Pick one to work on: coming closer, making eye contact, or rocking and shushing. Over time, those experiences add up to a child who feels secure. It’s working when choosing gives you calm instead of panic.

steady-reset-ritual =
    .title = A tiny reset before you go to your baby
    .body = Choose a small fixed ritual today for just before you go to your baby, especially when you’re stressed: hand on your stomach, one deep breath out. Big swings in mood or behaviour confuse a baby, and a reset like this helps you show up in much the same way each time. It’s working when you notice you walk into the room calmer.

tell-how-it-really-goes =
    .title = Tell someone how it’s really going
    .body = Today, tell one person honestly how you’re doing, even if it’s ‘harder than I expected’. So much changes at once for you and your baby that a bumpy start makes complete sense, and it’s rarely anyone’s fault. For most parents the ‘this is my child’ feeling grows within a few weeks. It’s working when you feel a bit lighter afterwards.

skin-to-skin-after-bath =
    .title = After the bath: a little skin-to-skin
    .body = After a bath or wash today, hold your baby bare against your bare chest with a towel or blanket over them, while you’re awake and alert. Skin-to-skin is strongest right after birth but stays worthwhile in these weeks, for the bond and for calm. You’ll notice it when your baby lies warm and relaxed against you.

talk-then-pause =
    .title = Talk, pause, and let your baby ‘reply’
    .body = Today, talk to your baby up close, look into their eyes, then leave a pause as if waiting for an answer. Your baby doesn’t understand the words yet, but is learning your voice and feeling the back-and-forth of contact. It’s working when something comes back: a little sound, a moving mouth, or a gaze that stays.

carry-through-fussy-hour =
    .title = Carry your baby through a fussy hour
    .body = If your baby has a fussy spell today, hold them upright against your chest and walk slowly around the house. Warmth, your heartbeat and the gentle sway of your steps give them something to hold on to. Using a sling? Keep their face free and visible. You’ll notice it when the crying softens and your baby sinks into you.

night-soft-light =
    .title = At night: soft light, few words
    .body = Tonight, go to your baby calmly at each cry, with dim light and a few soft words, then lay them back down. Night-time is when your baby learns that someone always comes, and basic trust grows from that. It doesn’t need to be quick or perfect. You’ll notice it when, over time, your baby drifts back to sleep more easily.

morning-hello-ritual =
    .title = Start the day with the same good morning
    .body = When your baby first wakes today, greet them the same way: curtains open, your face close, “Good morning, there you are.” Small repeated rituals make the day recognisable for your baby, and that feels safe. The time doesn’t matter, and it needn’t be lovely every day. You’ll notice it when your baby looks up or relaxes at your hello.

voice-before-lifting =
    .title = Let your voice arrive before your hands
    .body = Today, say something gentle before you lift your baby, such as “Hey sweetheart, up you come,” then pick them up slowly. Your baby soon knows your voice and can brace for what’s coming, so being lifted feels less like a shock. It’s working when your baby startles less and relaxes in your arms sooner.


smile-back-and-wait =
    .title = Smile back, then pause
    .body = When your baby looks at you today, give a big smile back and wait a few seconds before you say anything. Your face is the most fascinating thing in their world, and this little back-and-forth is your first conversation. You’ll know it’s working when they smile again, kick with excitement or make a small sound.

coo-back-and-forth =
    .title = A conversation in vowels
    .body = Copy your baby’s cooing today, an ‘aah’ or an ‘ooh’, then leave a gap so it’s their turn again. Your baby finds out that making sounds gets results: someone listens and answers. You’ll notice it when they start babbling into your pauses or watch your mouth with great concentration.

lower-your-voice-when-fussy =
    .title = Lower your voice when they fuss
    .body = If your baby gets unsettled today, bring your voice down: slower, lower and softer, as if you’re sharing a secret. Babies hear exactly how your voice sounds, and a calm tone says ‘you’re okay’ long before they understand a single word. It’s helping when their hands unclench, the crying gets shorter or they start searching for your face.

knee-bouncing-rhyme =
    .title = A bouncing rhyme on your knees
    .body = Sit your baby on your knees today, holding them firmly under the arms, and sing a bouncing rhyme with gentle bounces on the beat. At the end, let them dip down a little and catch them straight away. Repetition makes it thrilling and safe at the same time. You’ll see it working when they start laughing, or brace themselves with glee just before the dip.

sway-to-a-slow-song =
    .title = Sway to a slow song
    .body = Hold your baby today and sway slowly in time to a gentle song, perhaps a lullaby from your own childhood. The steady rhythm and your voice so close give them something to hold on to. Singing off-key or making up the words is fine: it’s you they want. You’ll see it helping when they grow heavier in your arms or gaze at you quietly.

leg-massage-after-bath =
    .title = Leg massage after the bath
    .body = After the bath, warm a little plain, unscented oil between your hands and stroke slowly from thigh to foot, a few times on each leg. Talk softly while you do it. Calm touch releases oxytocin, the cuddle hormone, in both of you. If your baby turns away, cries or goes stiff, just stop; there’s always tomorrow. When it’s going well, you’ll feel their legs go loose.

tummy-circles-massage =
    .title = Slow circles on the tummy
    .body = Lay your baby on a warm towel today and, with a warm hand and a drop of unscented oil, make slow clockwise circles over their tummy. Slow, repeated strokes help your baby settle and feel like a hug from your hands. If they look away or get restless, stop there. A deep sigh or a yawn means: this feels nice.

long-strokes-down-the-back =
    .title = Long strokes down the back
    .body = When your baby is lying on your lap or on their tummy beside you today, stroke them with a warm hand in long, slow sweeps from neck to bottom. On bare skin, a little plain, unscented oil helps. Slow, predictable touch calms the whole body. Tell them quietly what you’re doing. If they lift their head away or get wriggly, that’s plenty for today.

talk-through-the-nappy-change =
    .title = Talk through the nappy change
    .body = At every nappy change today, keep up a running commentary: ‘Trousers off first, ooh, bit chilly. And now a clean nappy.’ Your baby can’t follow the words yet, but hears your voice, senses what’s coming and soaks up language along the way. You’ll notice it when they go still and look at you as soon as you start talking.

say-it-before-you-do-it =
    .title = Say it first, then do it
    .body = Today, tell your baby what you’re about to do before you do it: ‘I’m going to pick you up’, ‘now your sleeve goes over your hand’. Then wait a beat. Your baby learns that things don’t happen out of nowhere, which makes lifting and dressing less of a shock. After a while you may see them getting ready, tensing their arms when you say ‘up’.

guided-tour-on-your-walk =
    .title = A guided tour on your walk
    .body = Tell your baby what you come across when you’re out today: ‘Look, a dog. Can you hear that bus?’ Keep it short and leave pauses. You’re sharing the world with them, and your voice becomes a familiar anchor among all the new things. You’ll notice it when they look around calmly and keep coming back to your face.

one-little-book-every-day =
    .title = One little book, every day
    .body = Pick up a sturdy picture book today and read it aloud, even though your baby has no idea what it’s about. What matters is the melody of your voice and sitting close together. Feel free to read the same one again tomorrow: repetition is comforting. It’s working when your baby goes quiet at the first line, or looks from the pictures to you and back.

bold-black-and-white-pictures =
    .title = Bold black-and-white pictures
    .body = Today, hold a book with bold black-and-white pictures about as far from your baby as your face is during a feed, and quietly say what’s on each page. Young babies see strong contrast best, and your voice turns it into a shared moment. If they look away, that’s a break. A fixed stare and going quiet show it has caught their interest.

read-your-own-book-aloud =
    .title = Read your own book out loud
    .body = Feel like reading something for yourself? Read a few pages aloud today with your baby on your lap: your novel, a magazine, even a recipe. For your baby it’s the rhythm of your voice that counts, not the plot. And you get a moment of your own too. You’ll notice it when they lean against you, relaxed, and now and then look up at your mouth.

three-steps-before-sleep =
    .title = Three steps before sleep
    .body = Choose three small steps to do before every sleep from now on, for example: curtains closed, sleeping bag on, one song. The same order tells your baby what’s coming, and a predictable world feels safe. It doesn’t have to run to the minute, and anyone who puts your baby down can follow it. After a while you may see them settling as soon as step one begins.

a-familiar-feeding-spot =
    .title = A familiar feeding spot
    .body = Today, try to feed your baby in the same quiet spot and the same position, with your phone out of reach for a while. Familiar moments give your baby something to hold on to: this is where I get fed and noticed. Doesn’t work every time? No problem. It’s working when they turn towards you eagerly as soon as you settle there, or feed more calmly.

the-same-good-morning =
    .title = The same good morning every day
    .body = Greet your baby the same way each time they wake today: curtains open, ‘Good morning, there you are!’ and a cuddle. A small, fixed ritual makes the start of the day familiar and warm. Whoever gets up, you, your partner if you have one, or a grandparent, can do it the same way. You’ll notice it when your baby smiles or kicks as soon as the curtains open.

together-in-the-mirror =
    .title = Together in the mirror
    .body = Sit before a mirror today with your baby on your lap and say what you see: ‘There you are, and there’s me. And here’s your ear.’ Touch their ear as you say it. Your baby mostly sees a fun face looking back; recognising themselves comes later, but looking and naming together already connects you. It’s working when they smile at the mirror or look from you to your reflection.

funny-faces-in-the-mirror =
    .title = Funny faces in the mirror
    .body = Hold your baby upright next to you in front of the mirror today and pull a few exaggerated faces: surprised, happy, tongue out. Say what each one is: ‘Oh! Surprised!’ Your baby is practising reading faces, the language babies speak long before words. If they look away, that’s enough for now. It’s working when they watch closely, laugh or try to copy your mouth.

mirror-by-the-changing-table =
    .title = A mirror by the changing table
    .body = Put or hang a small unbreakable mirror by the changing table today and look into it together during changes: ‘There are your feet! And here’s your tummy.’ A chore becomes a little game, and your words get linked to what your baby sees and feels. It’s working when they start looking for the mirror and lie more calmly while you change them.

quiet-corner-after-a-busy-day =
    .title = After a busy day, find a quiet corner
    .body = Was today busy with visitors, shopping or a birthday party? Afterwards, find a calm, dim spot with no TV or music and simply let your baby lie against you. Lots of noise and faces can leave a baby overloaded, and quiet time with you helps it all settle. It’s working when their gaze softens, their fists open or they drift off to sleep.

looking-away-means-a-break =
    .title = Looking away means: a break, please
    .body = While you play today, watch for the moment your baby looks away, yawns, gets hiccups or starts flailing their arms. That’s often their way of saying: that’s enough for now. Stop talking, give them a little space and wait until they look back at you. You’ll know you’ve read it right when they come back for more contact on their own.

bright-eyes-time-to-play =
    .title = Bright eyes? Time to play
    .body = Does your baby have bright eyes, an open face and kicking legs today? That’s an invitation. It’s the moment for a song, a rattle or some silly noises. Babies need rest, but they also need you as a playmate. You’ll know you’ve got it right when they keep looking at you and make more and more sounds.

one-thing-at-a-time =
    .title = One thing at a time
    .body = Switch off the TV or radio while you play today, and offer just one toy at a time. For a baby, your face plus a single rattle is already a whole world; more at once tends to unsettle rather than delight. You’ll notice the difference when they focus for longer, reach for the toy and flash you a smile in between.

answer-the-reach =
    .title = Answer the reach
    .body = If your baby stretches their arms out to you today or grabs your hair or finger, respond: take their hand, smile and say ‘Hey, there you are!’ Your baby learns that reaching out works and that you’re there. You don’t have to drop everything; a look and a few words are often enough. You’ll notice it when they reach for you more often and more happily.

look-where-they-look =
    .title = Look where they look
    .body = Today, follow your baby’s gaze, to the lamp, the fluttering leaves, the cat, and talk about it: ‘You’re watching those leaves move, aren’t you?’ Joining in with what fascinates them says: I see what you see. That’s sensitive responding in miniature. It’s working when they keep looking for longer and then turn to you, as if to share it.

cheer-the-small-things =
    .title = Cheer the small things
    .body = Give your baby an enthusiastic bit of praise today every time they try something: lifting their head, a new sound, a swipe at a toy. ‘Wow, you did that yourself!’ Your delighted face shows them that what they do matters to you. You’ll notice it when they beam, have another go, or look straight at you after trying.

lend-them-your-calm =
    .title = Lend them your calm
    .body = If your baby is crying hard today, first take one slow breath out yourself, drop your shoulders, then hold them close. A baby can’t calm down on their own yet and borrows your calm to do it: your heartbeat, your breathing, your voice. It doesn’t have to go quiet straight away. You’ll see it working when the crying eases in waves and they mould themselves against you.

the-same-comfort-each-time =
    .title = The same comfort each time
    .body = Pick one way of comforting today and stick with it: for example, your baby upright against your shoulder, a soft ‘shhh’ and a slow sway. By being calmed the same way again and again, your baby learns what settling down feels like; bit by bit they’ll manage some of it themselves later on. You’ll notice it when they relax sooner as soon as you take up that familiar hold.

eyes-on-each-other-during-a-feed =
    .title = Eyes on each other during a feed
    .body = During one feed today, put your phone away and look at your baby calmly. Say something softly or hum a tune. If they seek your gaze, hold it; if they look away, that’s fine too. These moments of looking at each other are the building blocks of your bond. You’ll notice it when they pause between gulps to look at you, sometimes with a smile.

a-song-with-their-name =
    .title = A song with your baby’s name in it
    .body = Make up a simple song today with your baby’s name in it, for instance to the tune of Twinkle, Twinkle, Little Star. Sing it while getting dressed or out with the pram. Your baby hears their name often and happily, and the song becomes something that belongs to the two of you. It’s working when they smile or go still as soon as you start the first notes.

finger-rhyme-on-toes =
    .title = A finger rhyme on their toes
    .body = Play a finger rhyme today, such as This Little Piggy, touching their fingers or toes one by one, with a gentle tickle at the end. Rhymes with touch bring together rhythm, your voice and your hands: three things babies love. It’s working when they start wriggling or giggling in anticipation as you reach the last line.

an-extra-cuddle-minute =
    .title = An extra cuddle minute
    .body = After a nap today, take one extra minute just to hold your baby, with nothing that needs doing. Cuddling releases oxytocin, which strengthens your bond, and it lets your baby feel welcome. On a busy day it does you good too. It’s working when they nestle into you or look up at you with a relaxed little face.

skin-to-skin-still-counts =
    .title = Skin-to-skin still counts
    .body = Skin-to-skin isn’t only for the first days. Today, lay your baby in just a nappy on your bare chest, with a blanket over you both, while you stay awake and alert yourself. It helps steady their temperature, heartbeat and stress, and any parent or carer can do it. It’s working when their breathing slows and their whole body relaxes.

guess-out-loud =
    .title = Guess out loud
    .body = When your baby cries or grizzles today, say out loud what you’re thinking: ‘Are you tired? Or hungry? Let’s see.’ You don’t have to guess right first time; trying is enough. Your baby notices that someone is listening, and it often calms you down too. You’ll see it working when they go quiet for a moment at the sound of your voice and look for your eyes.

missed-it-make-it-right =
    .title = Missed it? Make it right
    .body = Were you short-tempered or slower to respond today than you wanted, because you were tired or busy? Go back to your baby, pick them up and say: ‘Sorry, I’m here now.’ Little misses like this happen in every family; putting things right actually makes your bond stronger. You’ll notice it when your baby lets you comfort them and reconnects with a look or a sound.

your-rest-counts-too =
    .title = Your rest counts too
    .body = Pick one chore today that can wait, and use that time to sit, eat or sleep. Being exhausted makes it harder for anyone to stay patient and observant, so resting is part of caring for your baby. It’s fine to ask someone to help with shopping or laundry. You’ll notice it when you feel a little less rushed at the next cry.

ten-minutes-without-a-screen =
    .title = Ten minutes without a screen
    .body = Put your phone in another room for ten minutes today and simply be with your baby, on the floor or on the sofa. You don’t need to do anything special; being available is enough. Watch what your baby does and respond to it. You’ll notice it when they look your way more, make sounds or laugh, and you may find yourself calmer too.

face-to-face-on-the-floor =
    .title = Face to face on the floor
    .body = Lie flat on the floor today while your baby does tummy time, with your face at their level. Smile, raise your eyebrows, talk softly. Your face up close makes the hard work of lifting their head a lot more fun. It’s working when they hold their head up a little longer to see you, and smile at you.

glad-you-are-here =
    .title = Show them you’re glad they’re here
    .body = At some ordinary moment today, bring your face close and say: ‘I’m so glad you’re here.’ Your baby doesn’t understand the words, but feels your warm gaze and happy tone. It’s in small, everyday moments like this that babies discover they are seen and welcome. You’ll notice it when they study your face intently, smile or coo back.

another-carer-takes-the-bath =
    .title = Let another carer do the bath
    .body = Today, let someone who’s often around your baby, your partner if you have one, a grandparent or a regular sitter, do the bath or a nappy change while you’re nearby. Babies can bond with other familiar adults too, and that makes things easier later when you’re away for a while. You’ll notice it when your baby looks at that person, smiles at them and lets them offer comfort.

picking-up-does-not-spoil =
    .title = Picking them up won’t spoil them
    .body = Has someone told you to ‘just let them cry for a bit’? With a baby this young, it’s fine to go and comfort them. Babies this age don’t cry out of habit but because they need something, and a baby who is answered again and again learns that reaching out is worth it. Independence comes later, in its own time. You’ll notice it when your baby becomes easier and easier to comfort.

only-you-will-do-now =
    .title = Only you will do? That’s the bond
    .body = Does your baby protest today when someone else takes them from you? Around this age, babies clearly choose the people they’re attached to. It isn’t spoiling and it isn’t something to train away; it’s a sign that your bond is showing. Take them back for a moment, reassure them and give it time. You’ll notice it when they settle quickly again in your arms.

not-the-favourite-right-now =
    .title = Not the favourite right now?
    .body = Does your baby only want that one parent or carer today, and not you? That can sting, but it’s very common at this age: the preference for one familiar person grows stronger. Stay calm and friendly nearby, and keep doing small regular things together, like bath time or a song. You’ll notice it when your baby starts smiling at you again and reaching for your arms.

let-strangers-warm-up-slowly =
    .title = Let new people warm up slowly
    .body = Is someone visiting today whom your baby rarely sees? Keep your baby on your own lap at first, and ask the visitor not to scoop them up straight away but to chat with you and smile calmly. Wariness of strangers is normal around this age; your baby checks with you whether it’s safe. You’ll notice it when they start looking with curiosity, smiling or reaching out to the visitor.

no-passing-round-when-they-cling =
    .title = No passing round when they cling
    .body = At a family party everyone wants a turn holding the baby. If your baby clings to you today or buries their face in your neck, it’s fine to say kindly: ‘Not just now, we’re having a quiet look around first.’ You’re showing your baby that you take their signals seriously. It’s working when they relax and, after a while, start looking around with curiosity on their own.

a-short-goodbye-ritual =
    .title = A short goodbye ritual
    .body = Are you leaving without your baby today? Come up with a short, fixed goodbye: a cuddle, ‘Bye-bye, I’ll be back’, a wave, and then really go. Slipping out unseen is tempting, but suddenly vanishing makes a baby less sure of things. A goodbye they recognise makes it predictable. Some tears are normal; you’ll know it’s working when your baby then lets the other carer comfort them.

make-the-reunion-count =
    .title = Make the reunion count
    .body = When you come back after some time away today, give the reunion a moment: get down to eye level, say ‘I’m back!’ and have a cuddle before you do anything else. Coming back, time after time, lets your baby experience that you can be relied on. Sometimes a baby is cross or quiet at first; that’s part of it. You’ll notice it when they reach for you and relax after a while.

peekaboo-with-a-cloth =
    .title = Peekaboo with a cloth
    .body = Drape a thin cloth over your own head today, wait a second, then pull it off: ‘Peekaboo!’ Then again, and again. Your baby discovers that you come back when you disappear for a moment, and that going and returning can even be a game. You’ll see it in the tense little silence just before you reappear, and the belly laugh when you do.

let-them-pull-the-cloth =
    .title = Let them pull the cloth away
    .body = Play peekaboo today, but let your baby pull the cloth off your face themselves, or drape it lightly over their head: ‘Where are you? There you are!’ Getting to make the ending happen gives your baby a feeling of ‘I can make things happen’. You’ll notice it when they hand the cloth back to you or start hiding themselves: again!

peekaboo-round-the-corner =
    .title = Peekaboo round the corner
    .body = Hide behind the sofa or the door for a few seconds today, then pop back out with a cheerful ‘Peekaboo!’ Keep talking while you’re out of sight so your baby can still hear you. It’s a small, playful rehearsal of going away and coming back. It’s working when they watch the corner with curiosity and laugh when you reappear, rather than startling.

peekaboo-while-dressing =
    .title = Peekaboo while getting dressed
    .body = When you pull a top over your baby’s head today, turn it into a game: ‘Where’s your face? Peekaboo!’ A moment many babies dislike becomes a predictable joke. Not seeing for a second and then finding you again is a small reassurance every time. You’ll notice it when they wriggle less and already start laughing as the top comes towards them.

keep-the-circle-small =
    .title = Keep the circle small
    .body = Take a look today at everyone who looks after your baby. Babies attach to a few people who are close by often, so a small, steady group works better than lots of changing faces. If you’re arranging childcare or a sitter, go for the same person or the same fixed days where you can. You’ll notice it when your baby greets those familiar people happily and lets them comfort them.

settle-in-step-by-step =
    .title = Settle in step by step
    .body = Is your baby starting childcare or with a new sitter soon? Plan a few short settling-in visits: first an hour together, then a little while without you, then longer. Your baby gets to know the new carer in small steps while you’re still the familiar anchor. Feel free to ask about a regular key carer. You’ll notice it when they look around there, play and accept comfort.

share-your-comfort-secrets =
    .title = Share your comfort secrets
    .body = Today, write down for the sitter, the grandparents or the childcare setting how you comfort your baby and help them sleep: which song, which cuddly toy, which way of rocking. When someone else responds the same way, your baby recognises it and feels safe sooner. Babies can bond well with them too. You’ll notice it when you hear that the familiar song helped them settle.

a-regular-day-with-someone-else =
    .title = A regular day with someone else
    .body = Arrange today with a grandparent, a neighbour or a good friend to see your baby more often, ideally at a fixed time, say every Wednesday. Babies can also bond with other adults who are around regularly and lovingly, and that’s a lovely gift for later. You’ll notice it when your baby recognises that person, smiles and becomes easier for them to pick up.

a-bond-with-the-childcare-worker =
    .title = A bond with the childcare worker is good news
    .body = Does your baby stretch their arms out to their childcare worker today? That might give you a pang, but it’s good news: your baby feels safe there. Your place stays unique; a child can bond with several people without the bond with you getting any smaller. You’ll notice it when your baby looks at you with delight at pick-up and snuggles in close.

you-on-the-floor-them-exploring =
    .title = You on the floor, them exploring
    .body = Sit on the floor today while your baby plays, rolls or crawls off, and just stay there, calm and in sight. Your baby dares to explore further because you are the familiar starting point. You don’t have to join in; being there is enough. You’ll know it’s working when they keep glancing back at you, return for a quick stroke, and then set off again.

open-arms-after-a-fright =
    .title = Open arms after a fright
    .body = If your baby comes to you crying today after a scare, a loud bang or a little tumble, open your arms and catch them. There’s no need to say it was nothing. When a baby knows you are the harbour to come back to, they dare to venture out again afterwards. You’ll notice it when, once comforted, they slide off your lap by themselves to carry on playing.

say-what-they-feel =
    .title = Say what they feel
    .body = Today, put into words what you think your baby is feeling: ‘That loud noise made you jump, didn’t it?’ or ‘You’re cross, you wanted that block.’ Your baby doesn’t understand the words yet, but hears in your tone that you see what’s going on inside. It grows the sense that whatever they feel is allowed. You’ll notice it when they look at you while you talk and calm down faster.

wonder-aloud-what-they-think =
    .title = Wonder aloud what they’re thinking
    .body = If you see your baby staring intently at something today, say what you imagine is going on in their head: ‘What’s that thing, do you think? You’d like to grab it, wouldn’t you?’ Putting yourself in their shoes and saying it out loud helps you get to know your baby better and better. It’s working when they glance at you as if to say: yes, exactly.

a-day-you-can-predict =
    .title = A day you can predict
    .body = Jot down today roughly how your days go: waking, eating, napping, going outside, bath. Try to keep more or less to that rhythm over the coming week, also when someone else is looking after your baby. A recognisable day makes the world easier to grasp, and so safer. You’ll notice it when your baby moves more easily into meals or sleep because they already know what’s next.

a-rough-day-say-it-and-slow-down =
    .title = A rough day? Say so and slow down
    .body = Feeling tense or irritable today? Tell your baby in a calm voice: ‘I’m tired, but I’m here.’ Do everything a little more slowly. Quick swings in an adult’s mood can confuse a baby; a calm voice and unhurried movements already help a lot. If you feel like this often, talk to someone you trust or to your child health clinic.

hide-a-toy-under-a-cloth =
    .title = Hide a toy under a cloth
    .body = While your baby watches, half-hide a toy under a cloth today and ask: ‘Where’s the ball?’ Let them search, and cheer when they find it. Your baby is discovering that things, and people, still exist when they’re out of sight for a moment. That makes your going away a little easier to understand too. It’s working when they tug at the cloth and hold the toy up proudly.

out-of-sight-but-not-out-of-earshot =
    .title = Out of sight, but not out of earshot
    .body = If you need to pop into another room today, say so before you go: ‘I’m just getting the washing, back in a moment.’ Talk or sing as you walk away so your baby can still hear you, and come back as promised. Your baby learns: what gets announced really happens. It’s working when they protest less loudly, or wait for a moment instead of crying straight away.

tears-at-goodbye-are-no-failure =
    .title = Tears at goodbye aren’t a failure
    .body = Does your baby cry today when you leave, at childcare or with the grandparents? At this age that’s very common: your baby understands that you’ve gone, but not yet that you’ll be back. It says something lovely about your bond, not something bad about how you’re doing. Say a kind goodbye and trust the other carer. It’s going fine when you hear they were soon playing again.

something-familiar-from-home =
    .title = Something familiar from home
    .body = Is your baby going to childcare, a sitter or the grandparents today? Send something familiar along: their own sleeping bag, a cuddly toy or a cloth that smells of home. Familiar things make a different place a little less strange. It doesn’t replace you, but it helps a bit. You’ll notice it when your baby grabs the cuddly toy at moments they feel unsure.

let-them-lead-the-game =
    .title = Let them lead the game
    .body = When you play today, first watch what your baby wants: if they bang a spoon on the table, copy them; if they drop something on the floor, pick it up and hand it back. Following rather than leading lets your baby feel that what they want matters. It’s working when they look at you expectantly, repeat the game and invite you to join in.

clap-your-hands-song =
    .title = A clapping song
    .body = Sing Pat-a-Cake or another clapping song today and clap together: first with your hands around your baby’s, later perhaps on their own. Songs with set actions become a familiar game your baby can find again with a grandparent or sitter. It’s a way of taking a bit of home to other places. It’s working when they start clapping or bouncing as soon as you begin the song.

there-at-night-too =
    .title = There at night too
    .body = Is your baby waking more at night than before? That happens a lot around this age, partly because they now realise you’re sometimes not there. Go and check, rest a hand on them and whisper: ‘I’m here.’ It confirms again and again: when I call, someone comes. It’s working when they fall back asleep more quickly. Exhausted? Take turns with someone else if you can.

only-you-will-do-take-a-break-anyway =
    .title = Only you will do? Take a break anyway
    .body = Does your baby want only you today, and is it wearing you out? Understandable. Plan small breaks anyway: let someone you trust take your baby for a short walk, or take ten minutes for a shower while someone else keeps watch. A rested carer has more patience, and your baby learns that the other person is safe too. You’ll notice it when you pick your baby up again with fresh energy.

safe-seen-soothed =
    .title = Safe, seen, soothed
    .body = Take a moment this evening to look back on the day. Was your baby safe? Were they seen, even if only in a few glances? Were they soothed when they needed it? If you can mostly say ‘yes, more or less’, a sense of security is growing in your baby. Perfect isn’t required. You’ll see it in a baby who comes looking for you when something feels scary.

point-and-name =
    .title = Point and name
    .body = A few times today, point at something and name it: ‘Look, the cat!’ Then look at your baby, and back at the cat. Around this age babies start to grasp that your finger points at something, and looking at the same thing together is a new way of connecting. It’s working when their eyes follow your finger and then turn to you.

cuddles-for-a-busy-explorer =
    .title = Cuddles for a busy explorer
    .body = Now that your baby moves more and wants to explore, long cuddles may get squeezed out. Today, deliberately make a few quiet moments: on the sofa together after a meal, held close before sleep. Touch keeps feeding your bond, even as your baby grows. You’ll notice it when they come and lie against you of their own accord, or rest their head on your shoulder.


name-the-fall =
    .title = Say what you saw after a fall
    .body = If your child takes a tumble today, crouch down to their level and put it into words: “Bump, you landed on your knee. That gave you a fright.” Words for a feeling help your child make sense of what is going on inside. You’ll know it’s working when the tears ease sooner, or when your child later shows you exactly where it hurt.

be-the-fixed-point =
    .title = Be the fixed point today
    .body = At the playground or at home, pick one spot where your child can easily see you, and stay there for a while. Let them wander off and come back whenever they like. Knowing you won’t move makes it safer to venture a little further. You’ll see it working when your child glances back or leans on your knee for a second, then sets off again.

open-arms-first =
    .title = Open arms first, questions later
    .body = When your child comes to you upset or startled today, simply open your arms before asking anything or explaining. A safe harbour to catch their breath in makes it easier to head out and explore again afterwards. You’ll notice it working when, after a little while, your child wriggles off your lap by themselves and goes back to play.

count-to-ten-before-helping =
    .title = Count to ten before you help
    .body = If you see your child struggling with a block, a lid or a shoe today, count slowly to ten before stepping in. It gives them the chance to work something out for themselves, with you close by as a safety net. You’ll see it working in that proud look when they manage it, or in a small hand pulling you in when it really won’t go.

choice-of-two =
    .title = Offer a choice of two
    .body = A few times today, give your child a choice between two things: the red cup or the blue one, trousers first or jumper first. A small choice like that tells your child that what they want matters. You’ll notice it in a bit less battle over getting dressed, or in how firmly your child points at one of the two.

repair-after-snapping =
    .title = Lost your temper? Make it right
    .body = If you snapped today, sit down next to your child once you’ve calmed a little and say: “I was really cross just now. That was scary, wasn’t it? I’m sorry.” Making up after a clash strengthens the bond more than never clashing at all. You’ll see it working when your child comes back to you, meets your eyes, or simply carries on playing by your side.

goodbye-ritual-at-childcare =
    .title = A fixed goodbye at childcare
    .body = Come up with a short goodbye that goes the same way every time: a cuddle, a wave at the window and “See you this afternoon, after snack time.” Try not to slip out unnoticed. A set routine makes parting predictable, even when there are tears. You’ll know it’s working when, after a few weeks, your child settles more quickly with their familiar key worker.

one-line-for-the-carer =
    .title = Hand the carer one sentence
    .body = At drop-off, tell the childcare worker or sitter one thing: “Rough night” or “Completely obsessed with trains.” At pick-up, ask for one thing back. That little thread between home and the other place helps your child’s day hang together as one. You’ll notice it when the carer picks up on what you said and your child lets go of you more easily.

small-circle-of-sitters =
    .title = Keep the circle of sitters small
    .body = If you need someone to mind your child this week, ask the same one or two people rather than someone new each time. Young children attach to a handful of trusted adults who are around often. You’ll know it’s working when your child recognises the sitter at the door and, after a little while, crawls or toddles over to them.

new-carer-step-by-step =
    .title = Let a new carer settle in slowly
    .body = If a new sitter is starting or your child is moving to a new group, plan a first visit together where you stay in the room. Next time, a short hour without you, and only later longer. With you as a base, your child can get to know the new person at their own pace. You’ll see it working when your child smiles at them or takes something from their hand.

a-ritual-with-another-carer =
    .title = Let another carer have their own ritual
    .body = Let a grandparent, the sitter or another regular carer have something that’s just theirs with your child: a certain song, feeding the ducks, ‘reading the paper’ together on their lap. Your child can build a real bond with several trusted adults, and it takes nothing away from yours. You’ll notice it when your child beams or waves as soon as that person walks in.

five-minutes-at-pickup =
    .title = Five minutes together after pick-up
    .body = Does your child burst into tears at pick-up, or act as if you’re not there? That’s very common: with you, the tension of the day finally feels safe to come out. After you’re reunited, take five minutes just for each other, on the sofa or a bench outside, before shopping or cooking. You’ll notice it working when your child is calmer afterwards and ready to play again.

peekaboo-behind-the-door =
    .title = Peekaboo behind the door
    .body = Take peekaboo up a notch today: half-hide behind a door or the sofa, softly call your child’s name, then pop out with a big smile. Going away and coming back turns into a game your child actually enjoys. You’ll see it working when your child comes looking for you, shrieks with laughter, or starts the game again themselves.

toy-under-the-cloth =
    .title = Hide a toy under a cloth
    .body = While your child watches, drape a cloth over a toy and ask: “Where did teddy go?” Let them lift the cloth themselves. The game practises the idea that something out of sight still exists and comes back, and that goes for you too. You’ll notice it when your child whips the cloth away faster each time, or hands you the toy to hide again.

toddler-hides-you-seek =
    .title = Let your toddler hide
    .body = Toddlers love to hide, even with their feet poking out under the curtain. Search out loud and take your time: “Under the table? No… behind the chair?” This way your child decides when they disappear and when they’re found. You’ll see it working when your child leaps out giggling and immediately wants another go.

favourite-book-again =
    .title = Read the favourite book once more
    .body = If your child brings the same book again today, go ahead and read it for the twentieth time. Now and then, pause just before a familiar word and let your child fill it in or point. For a young child, repetition feels safe because they know what’s coming. You’ll notice it when your child brings you the book, climbs onto your lap and starts turning the pages.

feelings-in-picture-books =
    .title = Spot the feelings in picture books
    .body = While you read together, look at the faces in the pictures: “Look, the rabbit’s crying. It’s lost its teddy.” This introduces words for feelings at a calm, safe moment on your lap. You’ll see it working when your child points to a happy or cross face themselves, or copies the crying sound.

bedtime-in-the-same-order =
    .title = Bedtime in the same order
    .body = Settle on a short bedtime sequence that stays the same, for example: teeth, pyjamas, one book, one song, lights out. Stick to it tonight, even if the day went sideways. When your child knows what comes next, it’s easier to let go of the day. You’ll notice it when, after a while, your child fetches the book themselves or starts yawning at the song.

warn-before-a-change =
    .title = Give a heads-up before a change
    .body = Before each switch today, say briefly what’s about to happen: “One more go on the slide, then we’re heading home.” A warning gives your child time to let go instead of being caught off guard. You’ll notice it working when stopping play goes a little more smoothly. There may still be protest, and that’s allowed too.

name-the-anger =
    .title = Give the anger a name
    .body = If your toddler has a meltdown today, stay close and briefly say what you see: “You’re so angry. You wanted another biscuit.” You don’t have to hand over the biscuit to take the feeling seriously. A feeling with a name is less overwhelming for a small child. You’ll notice it when the storm passes a bit sooner and your child comes to you for a cuddle afterwards.

guess-aloud-what-they-mean =
    .title = Guess out loud what they mean
    .body = When your child points or whines at something today, guess out loud: “Do you want the ball? No? Oh, the cup!” Even when you get it wrong, you’re showing that you’re genuinely trying to understand what’s going on in that little head. You’ll notice it when your child nods, laughs with relief, or takes your hand to lead you to the right thing.

let-them-refuel =
    .title = Let them top up
    .body = Does your child keep coming back to your leg while playing? Give a stroke of the hair, a wink or a quick word, then let them go again. Those little returns are refuelling: with a full tank, your child dares to set off exploring again. You’ll notice it when the trips away gradually get longer and go further.

your-face-says-its-safe =
    .title = Let your face say it’s safe
    .body = When your child is unsure about something new, like a dog or a stranger, they’ll often check your face first. Offer a calm, friendly look and say: “That’s the neighbours’ dog. It’s a friendly one.” Your face works like a compass for your child in unfamiliar territory. You’ll see it working when your child relaxes and cautiously takes a step closer.

little-helper =
    .title = Let your child help
    .body = Give your child a toddler-sized job today: carrying spoons to the table, throwing socks into the washing machine, pushing the door open for you. It’ll be slower and messier, and that’s fine. Joining in lets your child feel capable and part of things. You’ll notice it in the proud look they give you, and the “Me do it!” that follows.

spills-are-practice =
    .title = A spill is just practice
    .body = If your child spills while pouring their own drink today, or the tower topples, keep it light: “Oops, that overflowed. Can you grab a cloth?” Mistakes are part of learning, and a child who is allowed to fail without shame keeps on trying. You’ll notice it when your child wants to do it themselves again next time, without an anxious glance at you.

cheer-the-trying =
    .title = Cheer the trying
    .body = If your child attempts something daring today, like climbing a step, stay close and name the effort: “You just keep trying, don’t you!” Children who know someone will catch them dare to do more and bounce back better from setbacks. You’ll see it working when, after a failed attempt, your child doesn’t give up but looks at you and has another go.

take-small-fears-seriously =
    .title = Take small fears seriously
    .body = Does the hoover, the hairdryer or a barking dog make your child jump today? Try “That was a loud noise, it gave you a fright” rather than “There’s nothing to be scared of.” When a fear is acknowledged, your child doesn’t need to cry harder to be heard. You’ll notice it when they let you comfort them sooner and, after a while, peek out with curiosity again.

lend-your-calm =
    .title = Lend your child your calm
    .body = If your child completely falls apart today, first get down low yourself, breathe out slowly and speak more quietly than usual. The part of the brain that puts the brakes on big feelings is still very much under construction in a toddler, so they borrow your calm. You’ll notice it when your child’s breathing slows and their body sinks against you.

stop-the-hit-not-the-feeling =
    .title = Stop the hit, not the feeling
    .body = If your child hits or bites out of frustration today, calmly hold their hand back and say: “I won’t let you hit. You’re cross because someone took your spade.” A limit and understanding go together fine, because behind tricky behaviour there’s nearly always a feeling that wants to be seen. You’ll see it working when your child turns to you instead of carrying on the fight.

narrate-what-you-do-together =
    .title = Narrate what you’re doing together
    .body = While you do a chore together today, talk along like a calm commentator: “I’m cutting the apple. You’re holding the bowl. Now the peel goes in the bin.” Your child hears lots of words right at the moment they see what those words mean, and feels included. You’ll notice it when your child tries to repeat a word or points at the thing you just named.

knee-ride-with-a-drop =
    .title = A knee-bouncing song with a drop
    .body = Sing a horsey-ride song today with your child bouncing on your knees and a ‘drop’ between your legs at the end. Pause for a moment right before the drop. The thrill with a familiar ending lets your child feel that you’ll always catch them. You’ll notice it when they start squealing before the drop and ask for another round with a gesture or a sound.

mirror-faces =
    .title = Pulling faces in the mirror
    .body = Sit in front of a mirror together and take turns pulling faces: surprised, happy, cross, sad. Say what you’re doing: “Look, now I’m grumpy! And now I’m happy again.” Your child gets to practise, through play, what feelings look like on their own face and on yours. You’ll see it working when they copy you, pull a silly face of their own and look at you laughing.

rough-and-tumble-stop =
    .title = Play-wrestle, and stop at ‘stop’
    .body = Have a little rough-and-tumble or tickle on the bed or sofa today, and stop straight away when your child says “stop”, pushes you off or turns away. Then wait until they want more. Laughing and touching together strengthens your bond, and your child learns that they get a say over their own body. You’ll notice it when they crawl back to you to carry on.

morning-cuddle =
    .title = A cuddle to start the day
    .body = Start the day with a few minutes of cuddling before you get up: under a blanket together, or your child snuggled against you on the sofa. Calm touch releases oxytocin in the body, a substance that strengthens your bond. You’ll notice it when your child relaxes, nestles into you, or comes asking for it themselves tomorrow.

ten-minutes-following =
    .title = Ten minutes of following
    .body = Play for ten minutes today with your child in charge. Copy what they do, say what you see, and drop any idea of teaching or ‘playing properly’ for a while. Following rather than steering shows your child that what interests them matters. You’ll see it working when they look at you more often, hand you things, or stay with the game longer than usual.

answer-every-look =
    .title = Answer every ‘look!’
    .body = Watch out today for your child’s small invitations: a pointing finger, a “look!”, a pebble pressed into your hand. Respond, even briefly: “Wow, a pebble! Is that for me?” Small answers like these tell your child that reaching out to you is worth it. You’ll notice it when your child comes to show you things more often, watching your face for your response.

strangers-from-your-lap =
    .title = Let visitors come close slowly
    .body = If someone your child doesn’t know well comes round today, don’t hand your child over straight away. Let them watch from your lap first and decide for themselves when they want to get closer. Being wary of strangers is normal at this age, and it shows your child knows who keeps them safe. You’ll see it working when, after a while, your child smiles or offers the visitor a toy.

say-when-you-leave-the-room =
    .title = Say so when you leave the room
    .body = When you pop into the kitchen or the loo today, say briefly: “I’m going to the kitchen, I’ll be right back.” And then really do come back, with a cheerful “Here I am again!” Small goodbyes that end well teach your child that when you go, you return. You’ll notice it when your child panics less when you’re briefly out of sight.

quiet-hour-after-a-busy-day =
    .title = A quiet hour after a busy day
    .body = Was today hectic, with a birthday party, errands or lots of new faces? Plan a quiet hour: softer lights, no TV, something simple together like stacking blocks or a bath. Too many impressions can swamp a small child, even when they enjoyed every minute. You’ll notice it when the whining fades and your child settles into play or drifts off to sleep more easily.

show-me-again =
    .title = “I don’t get it yet, show me again”
    .body = Is your child getting frustrated today because you can’t work out what they want? Be honest: “I don’t understand yet. Can you show me?” and follow them. Missing each other now and then is normal, and working it out together actually strengthens your bond. You’ll notice it when your child grabs your hand, tugs you along and looks relieved once you get it.

reconnect-after-no =
    .title = Reconnect after a ‘no’
    .body = Did you say ‘no’ today and your child was heartbroken? Stick to your no, but reach out a few minutes later: an arm around them and “You really didn’t like that, did you. I’m still here.” A limit and a warm bond go together just fine, as long as connection follows. You’ll notice it when your child lets you hold them and the upset is forgotten sooner than you expected.

walk-at-toddler-pace =
    .title = Walk at toddler speed
    .body = Take a short stroll today where your child sets the pace. Stop for every pebble, every snail and every drain cover, and really look with them: “What have you found?” When you slow down to your child’s speed, they feel seen in what fascinates them. You’ll notice it when your child pulls you by the hand towards the next discovery.

echo-and-add-a-word =
    .title = Echo the word and add one more
    .body = When your child says a word or a sound today, like “car” or “yuck”, repeat it cheerfully and build on it: “Yes, a car! A blue car.” Your child hears that you’re listening, and gets a little bit more language back. You’ll notice it when they try out words on you more often, looking at you expectantly as they do.

a-piece-of-home =
    .title = Send a piece of home along
    .body = Let your child take a familiar cuddly toy, a muslin or a photo from home to childcare or the sitter’s today. Something that smells of home builds a bridge between you and the other place. Ask the carer to keep it within reach at all times. You’ll notice it when your child reaches for it at goodbye or before a nap and settles more quickly afterwards.

talk-about-other-carers =
    .title = Talk about other carers at home
    .body = At home today, mention the childcare worker, the sitter or a grandparent by name, and maybe look at a photo together: “Tomorrow you’ll see Sam again.” That way, the people your child also feels safe with belong to one familiar world. You’ll notice it when your child perks up at the name, points at the photo or tries to say the name themselves.

say-exactly-what-you-liked =
    .title = Say exactly what you liked
    .body = A few times today, give your child praise that names exactly what you noticed: “You fetched your own shoe!” or “You stroked the cat so gently.” Specific praise shows you were really watching, far more than a quick ‘good job’. You’ll see it working when your child beams, does it again, or proudly comes over to show you.

comfort-does-not-spoil =
    .title = Comfort doesn’t spoil
    .body = Ever been told that comforting spoils a child? You can safely set that aside. If your child cries over something small today, go over anyway for a cuddle or a kind word. Children who can count on comfort actually become more independent because of it. You’ll notice it when, once comforted, your child wants to move away from you again and goes back to playing.

night-call-short-visit =
    .title = At night, let them know you’re there
    .body = If your child calls or cries tonight, go and check, even if only briefly: a hand on their back, a soft “I’m here, you can go back to sleep.” Knowing someone will come makes it easier for your child to give in to the night. You’ll notice it when, after a short visit like that, your child drifts off sooner or gets less completely distraught.

tell-them-how-you-feel =
    .title = Tell your child how you feel
    .body = If you’re tired, rushed or grumpy today, say so in simple words: “I’m a bit tired, so I’m talking quietly. It’s not because of you.” Your child picks up on your mood anyway, and a name for it makes your behaviour understandable rather than confusing. You’ll notice it when your child stays settled, or maybe even brings you a cuddle.

see-what-they-dare =
    .title = Notice what your child dares to do
    .body = Today, watch for everything your child is brave enough to try: a new climbing frame, looking at another child, playing in another room without you for a bit. That courage grows out of the trust you build together every day. Say it out loud too: “You’re so brave these days!” You’ll see it in the proud look you get back, and perhaps in the next small step.

retell-the-day =
    .title = Retell the day at bedtime
    .body = As you tuck your child in tonight, tell the story of the day in a few sentences: “We went to the playground. You fell off the steps and cried. Then you had a cuddle and went back on the slide.” A story with a good ending helps your child sort out the day and the feelings in it. You’ll notice it when they listen quietly, nod, or add a bit of their own.

comfort-the-teddy =
    .title = Comfort the teddy together
    .body = Grab a cuddly toy or doll today and have it ‘fall over’ or feel ‘sad’. Ask your child: “Oh dear, teddy’s crying. What does teddy need?” Through play, your child practises comforting others the way they are comforted themselves. You’ll see it working when your child strokes, rocks or kisses the teddy, perhaps using your very own soothing words.

good-enough-really-is =
    .title = Good enough really is enough
    .body = Tonight, name one moment from today that went well enough: a feed, a cuddle, a look. Not the best moment, just an ordinary one. Your child doesn’t need a perfect parent, but someone who is there often enough and comes back after a miss. You’ll notice it when you can look ahead to tomorrow feeling a little calmer.

missed-it-come-back =
    .title = Missed a signal? Just come back
    .body = Did you miss a signal today because you were in the shower, busy cooking or simply didn’t see it? Go to your child, find their eyes and say softly: “Here I am.” Missing each other happens all the time in every relationship; it’s the coming back that builds trust. You’ll see it working when your child looks at you and their body softens.

one-moment-without-the-phone =
    .title = One moment without the phone
    .body = Pick one regular moment today, like a feed, bath time or a meal at the table, and leave your phone in another room for the duration. Your child can feel the difference between someone who is nearby and someone who is truly there. You’ll notice it in more eye contact, a smile you might otherwise have missed, or a little conversation of sounds and words.

four-s-as-a-compass =
    .title = The four S’s as a compass
    .body = In a tough moment today, think of Siegel’s four S’s: Safe, Seen, Soothed, and together they help your child feel Secure. Ask yourself just one thing: which of the first three can I offer right now? A single question like that helps you find the next step through the chaos. You’ll notice it when you hesitate less and your child settles with you sooner.

safe-comes-first =
    .title = Safe comes first
    .body = If your child is distressed today, first make sure they feel safe: pick them up or get close, move away from noise, keep your voice low and calm. Explaining, fixing and tidying can wait, because without that sense of safety, the first of Siegel’s four S’s, a child can’t take anything else in. You’ll notice it when the crying shifts from panic to softer sobs.

your-own-soothing-signature =
    .title = Find your soothing signature
    .body = Choose a way of comforting that suits you and use it every time today: the same sway, the same soft hum, the same words. Being Soothed, one of Siegel’s four S’s, comes quicker when the gesture is familiar, because your child’s body learns to recognise it. You’ll notice it when your child begins to calm down as soon as they hear you humming.

look-behind-the-behaviour =
    .title = Look behind the behaviour
    .body = Is your child crying, whining or sulking today for no obvious reason? Take a moment to wonder what might be underneath: tired, hungry, too much going on, or simply missing you. You don’t have to guess right straight away, because a child who senses that someone is really trying to understand feels seen. You’ll notice a little easing as soon as you’re on the right track.

light-up-when-you-meet =
    .title = Light up when you see your child
    .body = Every time you meet again today, after a nap or when you come home, let your face truly show you’re glad: eyes lighting up, a warm “Hey, there you are!” Without any words, your child feels welcome just as they are. You’ll notice it in a smile back, kicking legs, or arms reaching out for you.

cross-one-thing-off =
    .title = Cross one thing off today
    .body = Look at today’s to-do list and cross one thing off, or ask someone to take one over: a pot of soup, a bit of shopping, an hour of babysitting. Stress and tiredness make it harder for anyone to respond calmly and in tune, so lightening your load is also caring for your child. You’ll notice it when you have a little more patience left at the end of the day.

worries-shared =
    .title = You don’t have to carry worries alone
    .body = Are worries weighing on you, about money, work, your relationship or your health? Mention them at the child health clinic or to your GP; they can help you look for support. Ongoing worry makes it hard to have anything left for your child, so tackling it is part of caring well. You’ll notice it when things feel lighter because someone is looking at it with you.

half-an-hour-for-you =
    .title = Half an hour for yourself
    .body = Ask someone you trust to look after your child for half an hour today: your partner if you have one, a grandparent, a neighbour or a friend. Lie down, go for a walk or drink a cup of tea in silence. A rested adult finds patience and warmth much more easily. You’ll notice it when you come back and see your child with fresh eyes.

three-slow-breaths =
    .title = Three slow breaths out
    .body = When your child cries today and you feel tension rising, breathe out slowly three times before you respond; it only takes a few seconds. A young stress system tunes into the adult next to it, and calming down together again and again helps your child learn to settle themselves later on. You’ll notice it when your child relaxes in your arms more quickly.

every-comfort-builds-the-brain =
    .title = Every comfort helps build the brain
    .body = Comfort your child today just as you always do, but pause once to take it in. A fright makes the body release the stress hormone cortisol, and your closeness helps bring it back down; doing this together often helps grow the brain areas that later handle feelings and getting along with others. You’ll see it working when, once comforted, your child looks around calmly again.

in-doubt-ask-early =
    .title = Unsure? Ask early
    .body = Do you often feel you can’t ‘read’ your child, or does your child seem very anxious, constantly on alert, or unusually quiet and withdrawn? Talk it over with your child health clinic or GP, even if you’re unsure. Asking for help early is a sign of care, and there’s a lot that can help. You’ll notice it when you come away knowing what to do, or what you can let go of.

low-or-numb-tell-someone =
    .title = Feeling low or numb? Tell someone
    .body = Have you felt little for your child for a while, or often felt down, irritable or anxious, or unable to sleep even when your child does? Tell someone you trust today and make an appointment with your GP or child health clinic. It’s rarely anyone’s fault, and with support it often gets lighter. You’ll notice it when even a first conversation gives you some breathing room.

answer-a-look-with-a-smile =
    .title = Answer a look with a smile
    .body = Watch today for the moments your child looks your way, reaches out an arm or makes a little sound at you. Answer with a smile, a nod or a word, even from across the room. That way your child learns that reaching out gets a response. You’ll see it working when your child seeks your eyes more often and holds your gaze for longer.

more-or-enough-for-now =
    .title = Read ‘more!’ and ‘enough for now’
    .body = While playing or caring for your child today, watch their signals. Looking away, yawning, turning aside or getting wound up often means ‘enough for now’; looking at you, smiling and moving towards you means ‘more!’. Following those signals lets your child feel they have a say in what happens. You’ll notice it when your time together stays enjoyable for longer.

same-words-same-moments =
    .title = Same words for the same moments
    .body = Pick a set phrase for three moments that come back every day, and use it each time today: “Time for a clean nappy”, “Let’s eat”, “Sleep well, see you soon.” Familiar words make the day predictable, and what’s predictable feels safe. You’ll notice it when, after a while, your child responds to the phrase itself, perhaps by lying still or looking towards the table.

one-anchor-on-a-messy-day =
    .title = On a messy day, keep one anchor
    .body = Is everything upside down today, because of work, illness, visitors or plain chaos? Keep one fixed anchor in place, like the sleep song or the cuddle after a meal. A child copes better with ups and downs in the day, and in your mood, when something stays the same. You’ll notice it when your child visibly settles at that familiar moment.

five-minutes-of-just-being =
    .title = Five minutes of simply being there
    .body = Sit or lie next to your child for five minutes today without any aim: no tidying, no steering, no screen. Just watch what your child does. Being there without an agenda is often worth more than yet another toy, because your child feels your full attention. You’ll notice it when your child seeks you out with a look, a sound or a hand, and you settle a little too.

a-bad-day-breaks-nothing =
    .title = A bad day breaks nothing
    .body = Was today full of crying, rushing and short fuses, your child’s and yours? End it with one small gesture: a hand on their back, a song, a soft “We’ll try again tomorrow.” A bond grows over many days, through attention that’s good enough on average, not through one perfect day. You’ll notice it when you can look back on today a little more kindly.

your-child-knows-you =
    .title = Your child knows you, not the picture
    .body = Catching yourself comparing with other parents today, online, in the family or at a birthday party? Put the comparison aside on purpose, for instance by not opening a certain app for a day. Your child doesn’t need an ideal, they need you, with your own way of doing things. You’ll notice it when you look at your own moments together with more enjoyment.

count-your-comebacks =
    .title = Count your comebacks today
    .body = Today, rather than noticing what went wrong, notice the times you came back: you picked your child up after all, you caught a signal late, you softened a cross look. Coming back after a miss isn’t patching up a failure, it’s exactly how a secure bond grows. You’ll notice it when, at the end of the day, you see more repair than you expected.

write-down-one-moment =
    .title = Write down one small moment
    .body = Jot down one small moment today when your child found support in you: a comfort, a game, a look of recognition. Ordinary moments like these pile up into self-confidence, resilience and, later on, the ability to make friends. You’ll notice it when you read back and see how much you’re already giving, even on days that felt heavy.

what-you-do-matters =
    .title = Show them: what you do makes a difference
    .body = Pick one of your child’s signals today, such as a particular sound, a whimper or an outstretched hand, and respond to it every single time. Your child discovers that they can make something happen, an early building block of self-confidence. You’ll notice it when your child uses that signal more often and more deliberately, with a glance your way.

fill-your-own-tank =
    .title = Fill your own tank too
    .body = Have a glass of water and something filling to eat before the next feed, meal or bath today. It sounds small, but patience is much harder to find when you’re hungry, thirsty or running on empty, so looking after yourself is simply part of looking after your child. You’ll notice it when you meet the next bout of crying a little more calmly.

who-to-call-when-its-too-much =
    .title = Who will you call when it’s too much?
    .body = Think today about who you could call or message when things get too much, and let them know: “Can I ring you if I get stuck?” Asking for help is a strength, and a child benefits from adults who don’t have to carry everything alone. You’ll notice it when, in a hard moment, that person comes to mind quickly and reaching out feels easier.

too-much-put-them-down-safely =
    .title = Too much? Put your child down safely
    .body = If the crying pushes your tension so high that you feel angry or desperate, put your child down somewhere safe, like the cot or playpen, and step out of the room to breathe for a few minutes. Taking a short break is responsible and protects you both. Come back once you’ve cooled down, and call someone if you can’t. You’ll notice it when you can pick your child up calmly again.
