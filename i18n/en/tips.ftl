# Daily tips: one message per tip id of assets/tips.toml, with .title (at most
# 60 characters) and .body (at most 400 characters).


bump-hello-voice =
    .title = Say hello to the bump today
    .body = Today, tell your baby out loud what you’re up to, even just a few sentences while you cook. Your voice reaches them muffled, and that’s how it starts to become a familiar sound for later. Not your bump? Sit close with a hand on it. If talking feels less odd than you expected, or you feel a kick while you speak, the connection has already begun.

bump-lullaby-choice =
    .title = Pick one song to share with your baby
    .body = Choose one song today to sing or hum often over the coming weeks: a lullaby, or simply a tune you love. Repetition makes a melody familiar, so after the birth you’ll already have something known to comfort your baby with. Singing off-key is fine; it’s your voice that matters, not the tune.

support-circle-names =
    .title = Write down three people who can help
    .body = Today, write down three people you could ask for something practical after the birth: a meal, shopping, a load of washing, or an hour with the baby while you sleep. Rested parents have more room to respond calmly, and asking for help is a strength, not a failing. Stick the list on the fridge so you don’t have to remember it later.

love-grows-slowly =
    .title = Love is allowed to grow slowly
    .body = Say it today, to yourself or to someone you trust: ‘I might not feel a rush of love straight away, and that’s okay.’ For many parents the bond grows over the first weeks after birth, and when it takes longer it’s rarely anyone’s fault. It’s a sentence you can say to yourself again later, on a hard night.

skin-to-skin-birth-plan =
    .title = Put skin-to-skin in your birth plan
    .body = Write it in your birth plan today, or tell whoever will support you at the birth: you’d like your baby laid bare on your bare chest once they’re born. That contact helps steady your baby’s temperature, heartbeat and stress. If the birthing parent can’t, another adult can step in, as long as they’re awake and alert. Say it again on the day itself.

rest-half-hour =
    .title = Plan half an hour of nothing
    .body = Pick a moment today to lie down or sit for thirty minutes with nothing to do: no lists, no chores. Rest isn’t a luxury right now; a parent who isn’t running on empty finds it easier to be patient and gentle later on. You’ll know it’s working when your shoulders drop and the rest of the day feels a little less rushed.

small-circle-close =
    .title = Decide who’ll be close in the first weeks
    .body = Agree today on the few people who’ll really be around to care for your baby alongside you in the first weeks. Babies attach to a small number of adults who are near them often, so a small, steady circle suits them better than lots of changing hands. The list can grow later; for now, small is enough.

bump-hands-hello =
    .title = A quiet hands-on-the-bump moment
    .body = Tonight, rest your hands on the bump for a few minutes, or ask your partner, if you have one, to do it. Move slowly, breathe calmly and say something kind. A regular moment of touch makes your baby feel a bit more real to you and sets the tone for all the cuddles still to come. You’ll notice it when you start looking forward to it.

newborn-signals-preview =
    .title = Learn now how a newborn calls for you
    .body = Take a moment today to learn how a newborn asks for closeness: crying for help, searching for eyes, grasping with tiny hands, settling at your voice or touch. Knowing these signals ahead of time means you can answer them faster and more calmly. You’ll notice it working when, after the birth, you suddenly think: ah, that’s one of those signals.

calm-breath-practice =
    .title = Practise one calming breath
    .body = A few times today, practise the same breath: in for four, out for six, shoulders down. A newborn can’t calm themselves yet and leans on your calm, so a familiar way to settle yourself will be worth a lot later. Later, with a crying baby in your arms, that breath will already be in your body.

bump-read-aloud =
    .title = Read one page out loud
    .body = Today, read one page aloud from whatever you’re reading anyway: a novel, the news, a children’s book you’ve kept. It’s not about the story but about the rhythm of your voice, which is soothing now and later. If you’re not the one who is pregnant, it’s a lovely way to join in. Pick something you enjoy yourself, and you’ll keep it up.

first-weeks-honest-talk =
    .title = Ask someone how the first weeks really were
    .body = Today, ask someone who already has a child how the first weeks truly felt, including the less lovely parts. Birth is a huge change for parents and baby alike, and knowing a slow start is common makes it less frightening if it happens. Ask, too, what helped them most back then.

money-worry-one-step =
    .title = Take one step on a worry you already have
    .body = Pick one worry that’s on your mind today, such as money, work or housing, and take one small step: make a list, make a call, or ask your GP or child health clinic where to turn. Worries eat energy you’ll want for your baby later, and tackling them is part of the job. The rest of that worry can become the next step tomorrow.

trust-reliable-care =
    .title = Reliable isn’t the same as perfect
    .body = Think today about what your baby should be able to count on from you, in simple things: food when hungry, warmth, comfort when upset. In the first year a baby builds trust from care that keeps coming back, not from flawless care. Write three down, short and doable; ‘perfect’ doesn’t need to be on the list.

safe-childhood-memory =
    .title = Who made you feel safe as a child?
    .body = Think back today to someone who made you feel safe, seen or comforted when you were small. What exactly did they do? Little things like a calm voice or really listening are things you can pass on to your baby. If there was no one, you get to choose now how you’d like to do it. Pick one thing you want to carry forward and write it down.

skin-to-skin-front-top =
    .title = Pack a top that opens at the front
    .body = Today, put a shirt or cardigan that opens at the front with your things for the birth, one for you and one for a partner if you have one. It makes skin-to-skin easy after the birth and in the early weeks: baby bare on your chest, blanket over, while you’re awake and alert. Add a thin blanket and you’re all set.

bump-pet-name =
    .title = Give your baby a pet name now
    .body = Choose a pet name today and use it when you talk to the bump, always in the same soft tone. After birth, babies are very tuned in to the sound and pitch of a voice, even more than to the words. After the birth, that same name can be a first bridge between you.

visitors-calm-plan =
    .title = Make a calm plan for visitors
    .body = Decide today how you’d like visits to go in the first weeks: short ones, say, no more than one a day, and someone to guard the door when you’re tired. Lots of noise and bustle is stressful for a newborn, and for you too. A friendly ‘we’ll let you know when it suits us’ message is perfectly fine.

clinic-gp-in-phone =
    .title = Put three numbers in your phone
    .body = Save three numbers in your phone today: your GP (huisarts), the out-of-hours GP (huisartsenpost) for evenings, nights and weekends, and your local consultatiebureau (child health clinic). If things feel heavy after the birth, the bond is slow to come, or you’re worried about your baby, calling early is wise. Then you won’t have to search at a hard moment.

safe-sleep-on-the-back =
    .title = Safe sleep: on the back, in an empty cot
    .body = Today and every time, put your baby to sleep on their back in their own cot; that cot can stand in your bedroom. Keep it empty until the first birthday: no cuddly toy, cloth, pillow or cot bumper. A well-fitting sleeping bag keeps your baby warm. That way your baby sleeps safely, and you can rest a little easier too.

crying-peaks-then-eases =
    .title = Crying peaks around six weeks: when to call
    .body = In most babies crying builds until about six weeks and then often eases. Know today when not to wait: if the cry sounds different from usual, or your baby has a fever, drinks poorly, or seems floppy or very drowsy, call your GP (huisarts) that same day, or the out-of-hours GP (huisartsenpost) in the evening and at weekends. One call too many beats lingering doubt.

skin-to-skin-awake =
    .title = Skin-to-skin while you’re wide awake
    .body = Today, lay your baby in just a nappy on your bare chest, a blanket over their back, at a time when you’re awake and alert. That contact helps steady their temperature, heartbeat and stress. You’ll see it working as their breathing slows and their body softens. Getting drowsy? Put your baby down on their back in their own cot.

skin-to-skin-every-carer =
    .title = Skin-to-skin is for every carer
    .body = Today, give another regular carer a turn at skin-to-skin: your partner, if you have one, or someone else who is close to your baby. It isn’t only for the parent who gave birth; any trusted adult can feel the bond grow this way, as long as they stay awake and alert.

crying-is-asking =
    .title = Crying is asking, not acting up
    .body = Next time your baby cries today, tell yourself: ‘You’re asking for help.’ A newborn has no other way to say something is needed, and is built to seek your closeness. Go to them, even if you don’t know yet what’s wrong.

guess-aloud =
    .title = Guess out loud what’s going on
    .body = When your baby is unsettled today, wonder out loud: ‘Are you hungry? Tired? Is it all too busy?’ You don’t have to get it right first time; by searching and responding, you show your baby someone is listening. Anyone else who shares the care can do the same; that way you get to know your baby together.

pregnancy-song-again =
    .title = Sing the song from the pregnancy
    .body = Today, sing or hum the song you used often during the pregnancy, or start now with one song you’ll keep coming back to. Babies respond strongly to the sound and tone of a familiar voice, long before they understand words. Sing softly and slowly. A lullaby from your own childhood, in your own language, is just as good.

grasp-finger =
    .title = Offer your finger to hold
    .body = Today, place your finger in your baby’s palm and let them grip for as long as they like. Grasping and holding on is one of the ways a newborn seeks closeness, right from day one. Stay a moment and watch. You’ll notice it when they hold on tight and settle, and maybe you feel a little moved too.

love-takes-weeks =
    .title = It’s okay if the big love isn’t there yet
    .body = Not feeling that overwhelming love yet? Tell yourself today: ‘It’s growing.’ Birth is an enormous change for you and your baby, and for many parents the feeling arrives over a few weeks. Just keep caring, holding and talking. If it still feels empty or low after a few weeks, tell the consultatiebureau (child health clinic) or your GP (huisarts).

ask-one-thing =
    .title = Ask someone for one thing today
    .body = Send one message today with a concrete request: ‘Could you bring soup tomorrow?’ or ‘Can you come for an hour so I can sleep?’ Tiredness and worry make it harder to respond calmly to your baby, so asking for help is a strong move. Asking also gives someone else the chance to help.

ordinary-care-trust =
    .title = Ordinary care builds trust
    .body = Today, see every feed, clean nappy and warm blanket as a building block. Through care that keeps coming, your baby learns in this first year that the world can be trusted, and nothing fancy is needed. Now and then, say softly: ‘I’m here.’ The 3 a.m. feed counts too.

soft-voice-face =
    .title = Let your face and voice do the work
    .body = A few times today, talk to your baby up close in a soft, slightly higher voice with an open, friendly face. Babies read faces, body language and tone long before words, and they quickly get to know yours. It’s working when your baby looks at you, goes still, or answers with little arm or mouth movements.

gentle-order-not-clock =
    .title = A familiar order, not a timetable
    .body = Pick a regular order for after waking today, for example feed, change, a cuddle, then sleep again, without watching the clock. A recognisable rhythm makes your baby’s world predictable, and that makes it feel safe. A set order is something for you to hold on to as well, after a night with little sleep.

hand-hug-settle =
    .title = A hand hug for a restless baby
    .body = If your baby is restless today in the cot or on the changing mat, rest one warm hand gently on their chest or tummy and cup their head with the other, talking softly. Your calm touch helps them settle, and doing this often is how they’ll later learn to settle themselves. You’ll notice it when their arms and legs go still.

share-comfort-early-weeks =
    .title = In the first weeks, comfort can be shared
    .body = Let someone you trust take over a crying spell today, for instance in the restless hour after dinner, while you catch your breath. In the first weeks your baby has no strong preference for particular people yet and can be comforted by another calm, loving adult too; that clear preference grows later. You come back more rested, and your baby gains from that as well.

small-circle-of-hands =
    .title = Keep the circle around your baby small
    .body = Today, choose on purpose who holds and cares for your baby: a few regular people rather than every visitor. Babies attach to a small group of adults who are often nearby, and that trust grows best when the circle doesn’t keep changing. Visitors are welcome to look and chat without taking your baby from you.

early-sleepy-signs =
    .title = Catch the first sleepy signs
    .body = Watch today for early tiredness cues: yawning, staring into space, rubbing their face, or suddenly jerky arms and legs. Then settle your baby or rock them gently before the crying starts. This way they learn that a signal gets noticed. Lay your baby down on their back, in a sleeping bag, with no loose blankets or cuddly toys.

early-hunger-cues =
    .title = Spot hunger before the crying starts
    .body = Look out today for early hunger cues: turning and rooting, lip-smacking, hands to mouth. Offer a feed then, breast or bottle, rather than waiting for tears. That way you answer the signal your baby is actually giving, which is the heart of responding sensitively. You’ll notice it as feeds start more calmly.

stay-when-crying-continues =
    .title = Stay close, even when the crying won’t stop
    .body = Is your baby crying today and nothing helps? Stay close anyway: hold them, rock, or talk softly, without needing the crying to end. You’re not failing; you’re showing your baby they’re not alone with it, and that counts. Even if the crying goes on, in your arms your baby isn’t crying alone.

at-your-limit-pause =
    .title = Never shake: lay your baby down and step away
    .body = If the crying pushes you towards anger or despair today, never shake your baby, not even for a moment: a baby’s head can’t take it. Lay your baby on their back in their own cot, go to another room for a few minutes and breathe out slowly. Call or text someone to help. A pause like this is good care, not failing. Go back when you feel a little calmer.

gentle-leg-massage =
    .title = After the bath: a gentle leg massage
    .body = After the bath today, lay your baby on a warm towel, warm your hands and stroke slowly from thigh to foot, the same way each time. Oil isn’t needed; if you use it, take a few drops of plain, unscented oil, never nut or olive oil. Talk softly as you go. If your baby turns away, cries or stiffens, just stop; tomorrow is another chance. Soft, floppy legs say: this feels good.

watch-two-minutes =
    .title = Spend two minutes just watching your baby
    .body = After a feed today, when your baby is lying awake and content on a mat, sit beside them for two minutes and just watch: what are the hands, the feet, the little face doing? Softly name what you see: ‘You’re stretching your fingers.’ A child who feels truly seen grows in trust, and small moments like this count most. You may discover something you hadn’t noticed.

tell-how-it-really-goes =
    .title = Tell someone how it’s really going
    .body = Today, tell one person honestly how you’re doing, even if it’s ‘harder than I expected’. So much changes at once for you and your baby that a bumpy start makes complete sense, and it’s rarely anyone’s fault. For most parents the ‘this is my child’ feeling grows within a few weeks. Rather talk to a professional? The consultatiebureau (child health clinic) will listen too.

skin-to-skin-after-bath =
    .title = After the bath: a little skin-to-skin
    .body = After a bath or wash today, hold your baby bare against your bare chest with a towel or blanket over them, while you’re awake and alert. Skin-to-skin is strongest right after birth but stays worthwhile in these weeks, for the bond and for calm. You’ll notice it when your baby lies warm and relaxed against you.

talk-then-pause =
    .title = Talk, pause, and let your baby ‘reply’
    .body = Today, talk to your baby up close, look into their eyes, then leave a pause as if waiting for an answer. Your baby doesn’t understand the words yet, but is learning your voice and feeling the back-and-forth of contact. The ‘answer’ can take a while; newborns are slow, so give it time.

carry-through-fussy-hour =
    .title = Carry your baby through a fussy hour
    .body = If your baby has a fussy spell today, hold them upright against your chest and walk slowly around the house. Warmth, your heartbeat and the gentle sway of your steps give them something to hold on to. Using a sling? Keep their face free and visible. Many babies have an hour like this, often in the evening; it’s very common and it passes.

night-soft-light =
    .title = At night: soft light, few words
    .body = Tonight, go to your baby calmly at each cry, with dim light and a few soft words, then lay them back down. Night-time is when your baby learns that someone always comes, and basic trust grows from that. It doesn’t need to be quick or perfect. In the daytime, let the light in; that’s how your baby slowly learns the difference between day and night.

smile-back-and-wait =
    .title = Smile back, then pause
    .body = When your baby looks at you today, on the changing mat perhaps, pause, smile broadly back and wait a few seconds before you speak. A little sound from across the room deserves a smile or a word back too. Your face is the most fascinating thing in your baby’s world, and this back-and-forth is your first conversation. The first smile back often comes at around six weeks.

coo-back-and-forth =
    .title = A conversation in vowels
    .body = Copy your baby’s cooing today, an ‘aah’ or an ‘ooh’, then leave a gap so it’s their turn again. Your baby finds out that making sounds gets results: someone listens and answers. You’ll notice it when they start babbling into your pauses or watch your mouth with great concentration.

lower-your-voice-when-fussy =
    .title = Lower your voice when they fuss
    .body = If your baby gets unsettled today, bring your voice down: slower, lower and softer, as if you’re sharing a secret. Babies hear exactly how your voice sounds, and a calm tone says ‘you’re okay’ long before they understand a single word. The whisper voice works just as well in the car or at the supermarket.

knee-bouncing-rhyme =
    .title = A bouncing rhyme on your knees
    .body = Sit your baby on your knees today, held firmly under the arms, and sing a bouncing rhyme with gentle bounces on the beat. Pause just before the end, then let your baby dip a little between your knees and catch them straight away. That thrill with a familiar ending says: you always catch me. Does your baby ask for more with a little sound? Then you know enough.

sway-to-a-slow-song =
    .title = Sway to a slow song
    .body = Hold your baby today and sway slowly in time to a gentle song, perhaps a lullaby from your own childhood. The steady rhythm and your voice so close give them something to hold on to. Singing off-key or making up the words is fine: it’s you they want. Who knows, this may become your evening song.

tummy-circles-massage =
    .title = Slow circles on the tummy
    .body = Lay your baby on a warm towel today and, with a warm hand, make slow clockwise circles on their tummy. Oil isn’t needed; if you use it, a drop of plain, unscented oil, never nut or olive oil. Slow, repeated movements help your baby settle. If they look away or get restless, stop. A deep sigh or a yawn means: this feels nice.

long-strokes-down-the-back =
    .title = Long strokes down the back
    .body = If your baby is lying awake on your lap or on their tummy beside you today, stroke with a warm hand in long, slow sweeps from neck to bottom. Oil isn’t needed; on bare skin a little plain, unscented oil is fine, never nut or olive oil. Slow, predictable touch calms the whole little body. If they lift their head away or get wriggly, that’s plenty for today.

talk-through-the-nappy-change =
    .title = Talk through the nappy change
    .body = At every nappy change today, keep up a running commentary: ‘Trousers off first, ooh, bit chilly. And now a clean nappy.’ Your baby can’t follow the words yet, but hears your voice, senses what’s coming and soaks up language along the way. A chore that comes round many times a day becomes a little moment together. Run out of words? Just hum.

say-it-before-you-do-it =
    .title = Say it first, then do it
    .body = Today, tell your baby what you’re about to do before you do it: ‘I’m going to pick you up’, ‘now your sleeve goes over your hand’. Then wait a beat. Your baby learns that things don’t happen out of nowhere, which makes lifting and dressing less of a shock. After a while you may see them getting ready, tensing their arms when you say ‘up’.

guided-tour-on-your-walk =
    .title = A guided tour on your walk
    .body = Tell your baby what you come across when you’re out today: ‘Look, a dog. Can you hear that bus?’ Keep it short and leave pauses. You’re sharing the world with them, and your voice becomes a familiar anchor among all the new things. Not in the mood to talk? Looking together and pointing now and then is enough too.

one-little-book-every-day =
    .title = One little book, every day
    .body = Pick up a sturdy picture book today and read it aloud, even though your baby has no idea what it’s about. What matters is the melody of your voice and sitting close together. Feel free to read the same one again tomorrow: repetition is comforting. It’s working when your baby goes quiet at the first line, or looks from the pictures to you and back.

bold-black-and-white-pictures =
    .title = Bold black-and-white pictures
    .body = Today, hold a book with bold black-and-white pictures about as far from your baby as your face is during a feed, and quietly say what’s on each page. Young babies see strong contrast best, and your voice turns it into a shared moment. If they look away, that’s a break. A fixed stare and going quiet show it has caught their interest.

read-your-own-book-aloud =
    .title = Read your own book out loud
    .body = Feel like reading something for yourself? Read a few pages aloud today with your baby on your lap: your novel, a magazine, even a recipe. For your baby it’s the rhythm of your voice that counts, not the plot. And you get a moment of your own too. Another carer can do this too, with their own favourite book.

three-steps-before-sleep =
    .title = Three steps before sleep
    .body = Choose three small steps to do before every sleep from now on, for example: curtains closed, sleeping bag on, one song. The same order tells your baby what’s coming, and a predictable world feels safe. It doesn’t have to run to the minute, and anyone who puts your baby down can follow it. Later, a book or brushing teeth can join in; the order stays the same.

a-familiar-feeding-spot =
    .title = A familiar feeding spot
    .body = Today, try to feed your baby in the same quiet spot and the same position, with your phone out of reach for a while. Familiar moments give your baby something to hold on to: this is where I get fed and noticed. Doesn’t work every time? No problem. With a bottle, every regular carer can use the same spot.

the-same-good-morning =
    .title = The same good morning every day
    .body = Greet your baby the same way each time they wake today: curtains open, ‘Good morning, there you are!’ and a cuddle. A small, fixed ritual makes the start of the day familiar and warm. Whoever gets up, you, your partner if you have one, or a grandparent, can do it the same way. The time doesn’t matter, and it doesn’t have to be lovely every day.

together-in-the-mirror =
    .title = Together in the mirror
    .body = Sit before a mirror today with your baby on your lap and say what you see: ‘There you are, and there’s me. And here’s your ear.’ Touch their ear as you say it. Your baby mostly sees a fun face looking back; recognising themselves comes later, but looking and naming together already connects you. Is your baby smiling at that other baby? Wave back together.

mirror-by-the-changing-table =
    .title = A mirror by the changing table
    .body = Put or hang a small unbreakable mirror by the changing table today and look into it together during changes: ‘There are your feet! And here’s your tummy.’ A chore becomes a little game, and your words get linked to what your baby sees and feels. Fix it firmly, though: babies love to grab.

quiet-corner-after-a-busy-day =
    .title = After a busy day, find a quiet corner
    .body = Was today busy, with visitors, the supermarket or a birthday party? Afterwards, find a quiet, dimly lit spot with your child, no TV or music. Hold a baby close; with an older child, stacking blocks or a book together works too. Lots of noise and faces can overwhelm a small child, even one who enjoyed it all. Quiet time with you helps everything settle.

looking-away-means-a-break =
    .title = Looking away means: a break, please
    .body = Watch today, during play, cuddles or chat, for looking away, yawning, hiccups, a frown or wildly waving arms. That’s often your baby saying: enough for now. Stop talking, look away yourself for a moment and give some space. When your baby looks back at you, carry on. That way your baby learns that their signals have an effect on what happens.

bright-eyes-time-to-play =
    .title = Bright eyes? Time to play
    .body = Does your baby have bright eyes, an open face and kicking legs today? That’s an invitation. It’s the moment for a song, a rattle or some silly noises. Babies need rest, but they also need you as a playmate. You’ll know you’ve got it right when they keep looking at you and make more and more sounds.

one-thing-at-a-time =
    .title = One thing at a time
    .body = Switch off the TV or radio while you play today, and offer just one toy at a time. For a baby, your face plus a single rattle is already a whole world; more at once tends to unsettle rather than delight. Feel free to swap toys tomorrow; today, one is enough.

answer-the-reach =
    .title = Answer the reach
    .body = If your baby stretches their arms out to you today or grabs your hair or finger, respond: take their hand, smile and say ‘Hey, there you are!’ Your baby learns that reaching out works and that you’re there. You don’t have to drop everything; a look and a few words are often enough.

look-where-they-look =
    .title = Look where they look
    .body = Today, follow your baby’s gaze, to the lamp, the fluttering leaves, the cat, and talk about it: ‘You’re watching those leaves move, aren’t you?’ Joining in with what fascinates them says: I see what you see. That’s sensitive responding in miniature. It’s working when they keep looking for longer and then turn to you, as if to share it.

cheer-the-small-things =
    .title = Cheer the small things
    .body = Give your baby an enthusiastic bit of praise today every time they try something: lifting their head, a new sound, a swipe at a toy. ‘Wow, you did that yourself!’ Your delighted face shows them that what they do matters to you. It’s about your delight, not about what your baby can already do.

eyes-on-each-other-during-a-feed =
    .title = Eyes on each other during a feed
    .body = During one feed today, put your phone away and look at your baby calmly. Say something softly or hum a tune. If they seek your gaze, hold it; if they look away, that’s fine too. These moments of looking at each other are the building blocks of your bond. Close up, about as far as your face during a feed, is where your baby sees you best.

a-song-with-their-name =
    .title = A song with your baby’s name in it
    .body = Make up a simple song today with your baby’s name in it, for instance to the tune of Twinkle, Twinkle, Little Star. Sing it while getting dressed or out with the pram. Your baby hears their name often and happily, and the song becomes something that belongs to the two of you. Two languages at home? Sing it in the language of your heart.

finger-rhyme-on-toes =
    .title = A finger rhyme on their toes
    .body = Play a finger rhyme today, such as This Little Piggy, touching their fingers or toes one by one, with a gentle tickle at the end. Rhymes with touch bring together rhythm, your voice and your hands: three things babies love. Ask a grandparent for a rhyme from their own childhood.

an-extra-cuddle-minute =
    .title = An extra cuddle minute
    .body = After a nap today, take one extra minute just to hold your baby, with nothing that needs doing. Cuddling releases oxytocin, which strengthens your bond, and it lets your baby feel welcome. On a busy day it does you good too. A quarter of an hour is fine too, if the day allows.

face-to-face-on-the-floor =
    .title = Face to face on the floor
    .body = Lie flat on the floor today while your baby does tummy time, with your face at their level. Smile, raise your eyebrows, talk softly. Your face up close makes the hard work of lifting their head a lot more fun. A few minutes is enough; tummy time is only for when your baby is awake and you’re right there.

glad-you-are-here =
    .title = Show them you’re glad they’re here
    .body = At some ordinary moment today, bring your face close and say: ‘I’m so glad you’re here.’ Your baby doesn’t understand the words, but feels your warm gaze and happy tone. It’s in small, everyday moments like this that babies discover they are seen and welcome. Lifting your baby out of the car seat or pram is a lovely moment to say it.

another-carer-takes-the-bath =
    .title = Let another carer do the bath
    .body = Today, let someone who’s often around your baby, your partner if you have one, a grandparent or a regular sitter, do the bath or a nappy change while you’re nearby. Babies can bond with other familiar adults too, and that makes things easier later when you’re away for a while. You’ll notice it when your baby looks at that person, smiles at them and lets them offer comfort.

picking-up-does-not-spoil =
    .title = Picking them up won’t spoil them
    .body = Hear ‘just let them cry or you’ll spoil them’ today? With a young baby you can calmly set that aside and simply go and comfort. Your baby doesn’t cry out of habit but because something is needed, and a baby who keeps getting an answer learns that calling out works. Agree on this with everyone who shares the care. Settling alone comes much later, thanks to your help now.

only-you-will-do-now =
    .title = Only you will do? That’s the bond
    .body = Does your baby protest today when someone else takes them from you? Around this age, babies clearly choose the people they’re attached to. It isn’t spoiling and it isn’t something to train away; it’s a sign that your bond is showing. Take them back for a moment, reassure them and give it time.

not-the-favourite-right-now =
    .title = Not the favourite right now?
    .body = Does your baby only want that one parent or carer today, and not you? That can sting, but it’s very common at this age: the preference for one familiar person grows stronger. Stay calm and friendly nearby, and keep doing small regular things together, like bath time or a song. That preference often shifts again; your place stays.

let-strangers-warm-up-slowly =
    .title = Let new people warm up slowly
    .body = Is someone visiting today whom your baby rarely sees, or does everyone at a birthday party want a hold? Keep your baby on your own lap first and kindly ask the other person to chat with you and smile calmly: ‘We’re watching from here for now.’ Wariness of strangers is very common from around six to nine months; your baby checks with you that it’s safe. Let your baby set the pace.

a-short-goodbye-ritual =
    .title = A short goodbye ritual
    .body = Taking your baby to childcare or a sitter today? Keep the goodbye short and the same each time: a cuddle, ‘Bye-bye, I’ll be back after snack time’, a wave at the window, and then really go. Slipping away unseen is tempting, but a sudden disappearance makes a baby less sure. Tears are allowed; often your baby is soon comforted by the familiar carer.

peekaboo-with-a-cloth =
    .title = Peekaboo with a cloth
    .body = Drape a thin cloth over your own head today, wait a second, then pull it off: ‘Peekaboo!’ Then again, and again. Your baby discovers that you come back when you disappear for a moment, and that going and returning can even be a game. That breathless hush just before you reappear is part of it: suspense with a happy ending.

let-them-pull-the-cloth =
    .title = Let them pull the cloth away
    .body = Play peekaboo today, but let your baby pull the cloth off your face themselves, or drape it lightly over their head: ‘Where are you? There you are!’ Getting to make the ending happen gives your baby a feeling of ‘I can make things happen’. You’ll notice it when they hand the cloth back to you or start hiding themselves: again!

peekaboo-while-dressing =
    .title = Peekaboo while getting dressed
    .body = When you pull a top over your baby’s head today, turn it into a game: ‘Where’s your face? Peekaboo!’ A moment many babies dislike becomes a predictable joke. Not seeing for a second and then finding you again is a small reassurance every time. If your baby isn’t in the mood today, the top can simply go on quickly.

keep-the-circle-small =
    .title = Keep the circle small
    .body = Take a look today at everyone who looks after your baby. Babies attach to a few people who are close by often, so a small, steady group works better than lots of changing faces. If you’re arranging childcare or a sitter, go for the same person or the same fixed days where you can. A new sitter? Have them come over once while you’re at home first.

settle-in-step-by-step =
    .title = Settle in step by step
    .body = Is your baby starting childcare or with a new sitter soon? Plan a few short settling-in visits: first an hour together, then a little while without you, then longer. Your baby gets to know the new carer in small steps while you’re still the familiar anchor. Feel free to ask about a regular key carer. Settling in takes one baby a week and another a month; both are normal.

share-your-comfort-secrets =
    .title = Share your comfort secrets
    .body = Write down today, for the sitter, grandparents or childcare, how you comfort your baby and settle them to sleep: which song, which way of rocking, which words. A familiar cuddly toy is lovely for comfort in the daytime, but stays out of the cot until the first birthday. When someone else responds the same way, your baby recognises it and feels safe sooner.

a-regular-day-with-someone-else =
    .title = A regular day with someone else
    .body = Arrange today with a grandparent, a neighbour or a good friend to see your baby more often, ideally at a fixed time, say every Wednesday. Babies can also bond with other adults who are around regularly and lovingly, and that’s a lovely gift for later. And for you, it’s a breather.

a-bond-with-the-childcare-worker =
    .title = A bond with the childcare worker is good news
    .body = Does your baby stretch their arms out to their childcare worker today? That might give you a pang, but it’s good news: your baby feels safe there. Your place stays unique; a child can bond with several people without the bond with you getting any smaller. Feel free to tell the carer: ‘It’s lovely to see how at home they are here.’

you-on-the-floor-them-exploring =
    .title = You on the floor, them exploring
    .body = Sit on the floor today while your baby plays, rolls or crawls off, and just stay there, calm and in sight. Your baby dares to explore further because you are the familiar starting point. You don’t have to join in; being there is enough. A cup of tea is allowed; all you have to do is stay.

say-what-they-feel =
    .title = Say what they feel
    .body = Today, put into words what you think your baby is feeling: ‘That loud noise made you jump, didn’t it?’ or ‘You’re cross, you wanted that block.’ Your baby doesn’t understand the words yet, but hears in your tone that you see what’s going on inside. It grows the sense that whatever they feel is allowed. Guessed wrong? No problem; what your baby mostly feels is that you’re trying.

wonder-aloud-what-they-think =
    .title = Wonder aloud what they’re thinking
    .body = If you see your baby staring intently at something today, say what you imagine is going on in their head: ‘What’s that thing, do you think? You’d like to grab it, wouldn’t you?’ Putting yourself in their shoes and saying it out loud helps you get to know your baby better and better. Whether your guess is right matters less than the fact that you’re trying.

a-day-you-can-predict =
    .title = A day you can predict
    .body = Jot down today roughly how your days go: waking, eating, napping, going outside, bath. Try to keep more or less to that rhythm over the coming week, also when someone else is looking after your baby. A recognisable day makes the world easier to grasp, and so safer. A holiday or a stay away upsets it for a while; afterwards the rhythm comes back.

hide-a-toy-under-a-cloth =
    .title = Hide a toy under a cloth
    .body = While your baby watches, half-hide a toy under a cloth today and ask: ‘Where’s the ball?’ Let them search, and cheer when they find it. Your baby is discovering that things, and people, still exist when they’re out of sight for a moment. That makes your going away a little easier to understand too. Does your baby want another go? That’s exactly the idea.

tears-at-goodbye-are-no-failure =
    .title = Tears at goodbye aren’t a failure
    .body = Does your baby cry today when you leave, at childcare or with the grandparents? At this age that’s very common: your baby understands that you’ve gone, but not yet that you’ll be back. It says something lovely about your bond, not something bad about how you’re doing. Say a kind goodbye and trust the other carer. Feel free to call or text a little later to hear how it’s going.

clap-your-hands-song =
    .title = A clapping song
    .body = Sing Pat-a-Cake or another clapping song today and clap together: first with your hands around your baby’s, later perhaps on their own. Songs with set actions become a familiar game your baby can find again with a grandparent or sitter. It’s a way of taking a bit of home to other places. In a waiting room, too, the song makes the wait feel shorter.

there-at-night-too =
    .title = There at night too
    .body = Is your baby waking more at night than before? That happens a lot around this age, partly because they now realise you’re sometimes not there. Go and check, rest a hand on them and whisper: ‘I’m here.’ It confirms again and again: when I call, someone comes. It’s working when they fall back asleep more quickly. Exhausted? Take turns with someone else if you can.

only-you-will-do-take-a-break-anyway =
    .title = Only you will do? Take a break anyway
    .body = Does your baby want only you today, and is it wearing you out? Understandable. Plan small breaks anyway: let someone you trust take your baby for a short walk, or take ten minutes for a shower while someone else keeps watch. A rested carer has more patience, and your baby learns that the other person is safe too.

safe-seen-soothed =
    .title = Safe, seen, soothed
    .body = Take a moment this evening to look back on the day. Was your baby safe? Were they seen, even if only in a few glances? Were they soothed when they needed it? If you can mostly say ‘yes, more or less’, a sense of security is growing in your baby. Perfect isn’t required.

point-and-name =
    .title = Point and name
    .body = A few times today, point at something and name it: ‘Look, the cat!’ Then look at your baby, and back at the cat. Around this age babies start to grasp that your finger points at something, and looking at the same thing together is a new way of connecting. Does your baby point at something themselves? Name it straight away: ‘Yes, a bird!’

cuddles-for-a-busy-explorer =
    .title = Cuddles for a busy explorer
    .body = Now that your baby moves more and wants to explore, long cuddles may get squeezed out. Today, deliberately make a few quiet moments: on the sofa together after a meal, held close before sleep. Touch keeps feeding your bond, even as your baby grows. You’ll notice it when they come and lie against you of their own accord, or rest their head on your shoulder.

name-the-fall =
    .title = Say what you saw after a fall
    .body = If your child takes a tumble today, crouch down to their level and put it into words: ‘Bump, you landed on your knee. That gave you a fright.’ Words for a feeling help your child make sense of what is going on inside. Don’t make it bigger or smaller than it was; naming it accurately is enough.

be-the-fixed-point =
    .title = Be the fixed point today
    .body = At the playground today, sit on a bench, or at home in one spot, easy to see, and stay there. Your child wanders off, looks back and returns for a quick stroke or a wink. Give it briefly and let them go again: that’s refuelling. A child who knows you’ll stay put dares to go a bit further. After a few rounds, the outings often grow longer on their own.

open-arms-first =
    .title = Open arms first, questions later
    .body = Does your baby crawl or toddle to you in tears today after a fright, a loud bang or a small tumble? Just open your arms first and catch them, without questions or explanations; no need to say it was nothing. A safe harbour to catch their breath makes it easier to go exploring again afterwards. Often, after a little while, your baby slides off your lap by themselves.

count-to-ten-before-helping =
    .title = Count to ten before you help
    .body = If you see your child struggling with a block, a lid or a shoe today, count slowly to ten before stepping in. It gives them the chance to work something out for themselves, with you close by as a safety net. You’ll see it working in that proud look when they manage it, or in a small hand pulling you in when it really won’t go.

choice-of-two =
    .title = Offer a choice of two
    .body = A few times today, give your child a choice between two things: the red cup or the blue one, trousers first or jumper first. A small choice like that tells your child that what they want matters. You’ll notice it in a bit less battle over getting dressed, or in how firmly your child points at one of the two.

repair-after-snapping =
    .title = Lost your temper? Make it right
    .body = If you snapped today, sit down next to your child once you’ve calmed a little and say: ‘I was really cross just now. That was scary, wasn’t it? I’m sorry.’ Making up after a clash strengthens the bond more than never clashing at all. Your child doesn’t even need to understand it; they feel that things are right again.

one-line-for-the-carer =
    .title = Hand the carer one sentence
    .body = At drop-off, tell the childcare worker or sitter one thing: ‘Rough night’ or ‘Completely obsessed with trains.’ At pick-up, ask for one thing back. That little thread between home and the other place helps your child’s day hang together as one. If there’s no time at the door, a notebook or the childcare app works too.

a-ritual-with-another-carer =
    .title = Let another carer have their own ritual
    .body = Let a grandparent, the sitter or another regular carer have something that’s just theirs with your child: a certain song, feeding the ducks, ‘reading the paper’ together on their lap. Your child can build a real bond with several trusted adults, and it takes nothing away from yours. You’ll notice it when your child beams or waves as soon as that person walks in.

five-minutes-at-pickup =
    .title = Five minutes together after pick-up
    .body = Does your child burst into tears at pick-up, or act as if you’re not there? That’s very common: with you, the tension of the day finally feels safe to come out. After you’re reunited, take five minutes just for each other, on the sofa or a bench outside, before shopping or cooking. A bit cross or quiet at first? Stay friendly and close; the connection will come.

peekaboo-behind-the-door =
    .title = Peekaboo behind the door
    .body = Take peekaboo up a notch today: half-hide behind a door or the sofa, softly call your child’s name, then pop out with a big smile. Going away and coming back turns into a game your child actually enjoys. If your child looks worried, pop out a bit sooner; it should stay a game.

toddler-hides-you-seek =
    .title = Let your toddler hide
    .body = Toddlers love to hide, even with their feet poking out under the curtain. Search out loud and take your time: ‘Under the table? No… behind the chair?’ This way your child decides when they disappear and when they’re found. You’ll see it working when your child leaps out giggling and immediately wants another go.

favourite-book-again =
    .title = Read the favourite book once more
    .body = If your child brings the same book again today, go ahead and read it for the twentieth time. Now and then, pause just before a familiar word and let your child fill it in or point. For a young child, repetition feels safe because they know what’s coming. For you it’s the twentieth time; for your child it’s a treat every time.

feelings-in-picture-books =
    .title = Spot the feelings in picture books
    .body = While you read together, look at the faces in the pictures: ‘Look, the rabbit’s crying. It’s lost its teddy.’ This introduces words for feelings at a calm, safe moment on your lap. You’ll see it working when your child points to a happy or cross face themselves, or copies the crying sound.

warn-before-a-change =
    .title = Give a heads-up before a change
    .body = Before each switch today, say briefly what’s about to happen: ‘One more go on the slide, then we’re heading home.’ A warning gives your child time to let go instead of being caught off guard. You’ll notice it working when stopping play goes a little more smoothly. There may still be protest, and that’s allowed too.

name-the-anger =
    .title = Give the anger a name
    .body = If your toddler has a meltdown today, stay close and briefly say what you see: ‘You’re so angry. You wanted another biscuit.’ You don’t have to hand over the biscuit to take the feeling seriously. A feeling with a name is less overwhelming for a small child. Keep your words short; during the storm your calm presence matters more than explaining.

your-face-says-its-safe =
    .title = Let your face say it’s safe
    .body = When your child is unsure about something new, like a dog or a stranger, they’ll often check your face first. Offer a calm, friendly look and say: ‘That’s the neighbours’ dog. It’s a friendly one.’ Your face works like a compass for your child in unfamiliar territory. If it’s still too much for your baby, watching from your lap is fine too.

little-helper =
    .title = Let your child help
    .body = Give your child a toddler-sized job today: carrying spoons to the table, throwing socks into the washing machine, pushing the door open for you. It’ll be slower and messier, and that’s fine. Joining in lets your child feel capable and part of things. Pick jobs without sharp edges or hot pans, so you can relax and watch.

spills-are-practice =
    .title = A spill is just practice
    .body = If your child spills while pouring their own drink today, or the tower topples, keep it light: ‘Oops, that overflowed. Can you grab a cloth?’ Mistakes are part of learning, and a child who is allowed to fail without shame keeps on trying. Keep a cloth within reach; then tidying up is just part of the game.

cheer-the-trying =
    .title = Cheer the trying
    .body = If your child attempts something daring today, like climbing a step, stay close and name the effort: ‘You just keep trying, don’t you!’ Children who know someone will catch them dare to do more and bounce back better from setbacks. A cuddle afterwards is welcome, whether it worked or not.

take-small-fears-seriously =
    .title = Take small fears seriously
    .body = Does the hoover, the hairdryer or a barking dog make your child jump today? Try ‘That was a loud noise, it gave you a fright’ rather than ‘There’s nothing to be scared of.’ When a fear is acknowledged, your child doesn’t need to cry harder to be heard. If your child is curious afterwards, look together at how the vacuum works.

lend-your-calm =
    .title = Lend your child your calm
    .body = Is your child crying or raging today, in the car seat, in the bath or in the middle of the night, and is your own tension rising? First breathe out slowly three times, drop your shoulders, come close and speak softer and slower than usual. A young child can’t yet brake big feelings alone and borrows your calm: your breath, your heartbeat, your voice. That’s how they later learn to settle.

stop-the-hit-not-the-feeling =
    .title = Stop the hit, not the feeling
    .body = If your child hits or bites out of frustration today, calmly hold their hand back and say: ‘I won’t let you hit. You’re cross because someone took your spade.’ A limit and understanding go together fine, because behind tricky behaviour there’s nearly always a feeling that wants to be seen. You’ll see it working when your child turns to you instead of carrying on the fight.

narrate-what-you-do-together =
    .title = Narrate what you do, with your baby alongside
    .body = Sit your baby in the high chair next to you while you cook today and talk like a calm commentator: ‘I’m cutting the apple. Look, the peel goes in the bin. Do you want to hold the spoon?’ Your baby hears lots of words at the very moment they see what they mean, and simply belongs. Buttering bread or folding laundry works just as well.

mirror-faces =
    .title = Pulling faces in the mirror
    .body = Sit in front of the mirror together and pull exaggerated faces: surprised, happy, cross, sad. Say what you’re doing: ‘Look, now I’m cross! And now I’m happy again.’ A baby mostly watches, fascinated, and may laugh; a toddler starts copying you. It’s a playful way to learn what feelings look like. That the child in the mirror is themselves, they only discover at around 18 months to two years.

rough-and-tumble-stop =
    .title = Play-wrestle, and stop at ‘stop’
    .body = Have a little rough-and-tumble or tickle on the bed or sofa today, and stop straight away when your child says ‘stop’, pushes you off or turns away. Then wait until they want more. Laughing and touching together strengthens your bond, and your child learns that they get a say over their own body. You’ll notice it when they crawl back to you to carry on.

morning-cuddle =
    .title = A cuddle to start the day
    .body = Start the day with a few minutes of cuddling before you get up: under a blanket together, or your child snuggled against you on the sofa. Calm touch releases oxytocin in the body, a substance that strengthens your bond. On a rushed morning, one minute under the blanket is enough too.

ten-minutes-following =
    .title = Ten minutes of following
    .body = Play for ten minutes today with your baby in charge. If they bang a spoon on the table, copy them; if they drop something on the floor, pick it up and hand it back. Say what you see and let go of ‘playing properly’ or teaching for a while. Following instead of steering shows your baby that what interests them matters. Ten minutes is enough; the dishes can wait.

answer-every-look =
    .title = Answer every ‘look!’
    .body = Watch out today for your child’s small invitations: a pointing finger, a ‘look!’, a pebble pressed into your hand. Respond, even briefly: ‘Wow, a pebble! Is that for me?’ Small answers like these tell your child that reaching out to you is worth it. You’ll notice it when your child comes to show you things more often, watching your face for your response.

say-when-you-leave-the-room =
    .title = Say so when you leave the room
    .body = When you pop into the kitchen or the loo today, say briefly: ‘I’m going to the kitchen, I’ll be right back.’ And then really do come back, with a cheerful ‘Here I am again!’ Small goodbyes that end well teach your child that when you go, you return. Keep talking or singing as you walk away, so your voice stays in the room.

show-me-again =
    .title = ‘I don’t get it yet, show me again’
    .body = Is your child getting frustrated today because you can’t work out what they want? Be honest: ‘I don’t understand yet. Can you show me?’ and follow them. Missing each other now and then is normal, and working it out together actually strengthens your bond. Your child learns something too: if someone doesn’t understand me, we can work it out together.

reconnect-after-no =
    .title = Reconnect after a ‘no’
    .body = Did you say ‘no’ today and your child was heartbroken? Stick to your no, but reach out a few minutes later: an arm around them and ‘You really didn’t like that, did you. I’m still here.’ A limit and a warm bond go together just fine, as long as connection follows. No need to explain or justify your no; reconnecting afterwards says enough.

walk-at-toddler-pace =
    .title = Walk at toddler speed
    .body = Take a short stroll today where your child sets the pace. Stop for every pebble, every snail and every drain cover, and really look with them: ‘What have you found?’ When you slow down to your child’s speed, they feel seen in what fascinates them. You’ll notice it when your child pulls you by the hand towards the next discovery.

echo-and-add-a-word =
    .title = Echo the word and add one more
    .body = When your child says a word or a sound today, like ‘car’ or ‘yuck’, repeat it cheerfully and build on it: ‘Yes, a car! A blue car.’ Your child hears that you’re listening, and gets a little bit more language back. Two languages at home? Feel free to give the word back in your own language.

a-piece-of-home =
    .title = Send a piece of home along
    .body = Give your baby something familiar to take to childcare or the sitter today: a small cuddly toy, a cloth that smells of home, or a photo of you. Agree that it stays within reach in the daytime for play and comfort. It only goes into bed after the first birthday; until then your baby sleeps on their back in an empty cot there too. A piece of home builds a bridge to the other place.

talk-about-other-carers =
    .title = Talk about other carers at home
    .body = At home today, mention the childcare worker, the sitter or a grandparent by name, and maybe look at a photo together: ‘Tomorrow you’ll see Sam again.’ That way, the people your child also feels safe with belong to one familiar world. You’ll notice it when your child perks up at the name, points at the photo or tries to say the name themselves.

say-exactly-what-you-liked =
    .title = Say exactly what you liked
    .body = A few times today, give your child praise that names exactly what you noticed: ‘You fetched your own shoe!’ or ‘You stroked the cat so gently.’ Specific praise shows you were really watching, far more than a quick ‘good job’. It needn’t be big: ‘You put your cup back yourself’ counts too.

tell-them-how-you-feel =
    .title = Tell your child how you feel
    .body = Tired, rushed or irritable today? Say so in a calm voice and simple words: ‘I’m a bit tired, so I’m talking quietly. It’s not because of you.’ Do everything a little slower. Your child picks up on your mood anyway; with a name attached, it becomes understandable rather than confusing. If it often feels like this, talk to someone you trust or to the consultatiebureau (child health clinic).

see-what-they-dare =
    .title = Notice what your child dares to do
    .body = Today, watch for everything your child is brave enough to try: a new climbing frame, looking at another child, playing in another room without you for a bit. That courage grows out of the trust you build together every day. Say it out loud too: ‘You’re so brave these days!’ Saying it out loud helps your child see themselves that way too.

retell-the-day =
    .title = Retell the day at bedtime
    .body = As you tuck your child in tonight, tell the story of the day in a few sentences: ‘We went to the playground. You fell off the steps and cried. Then you had a cuddle and went back on the slide.’ A story with a good ending helps your child sort out the day and the feelings in it. It doesn’t have to be a polished story; three sentences and a good ending are enough.

comfort-the-teddy =
    .title = Comfort the teddy together
    .body = Grab a cuddly toy or doll today and have it ‘fall over’ or feel ‘sad’. Ask your child: ‘Oh dear, teddy’s crying. What does teddy need?’ Through play, your child practises comforting others the way they are comforted themselves. You’ll see it working when your child strokes, rocks or kisses the teddy, perhaps using your very own soothing words.

good-enough-really-is =
    .title = Good enough really is enough
    .body = Tonight, name one moment from today that went well enough: a feed, a cuddle, a look. Not the best moment, just an ordinary one. Your child doesn’t need a perfect parent, but someone who is there often enough and comes back after a miss. Write it down if you like; on a hard day, a note like that is gold.

missed-it-come-back =
    .title = Missed a signal? Just come back
    .body = Did you miss a signal today because you were in the shower, busy cooking or simply didn’t see it? Go to your child, find their eyes and say softly: ‘Here I am.’ Missing each other happens all the time in every relationship; it’s the coming back that builds trust. A simple ‘Sorry, I’m here now’ is enough, even for a baby who doesn’t understand the words yet.

one-moment-without-the-phone =
    .title = One moment without the phone
    .body = Pick one regular moment today, like a feed, bath time or a meal at the table, and leave your phone in another room for the duration. Your child can feel the difference between someone who is nearby and someone who is truly there. It doesn’t have to be all day; this one moment counts.

four-s-as-a-compass =
    .title = The four S’s as a compass
    .body = In a tough moment today, think of Siegel’s four S’s: Safe, Seen, Soothed, and together they help your child feel Secure. Ask yourself just one thing: which of the first three can I offer right now? A single question like that helps you find the next step through the chaos. On vaccination day, for example: hold close (safe), say it hurt (seen), rock (soothed).

safe-comes-first =
    .title = Safe comes first
    .body = If your child is distressed today, first make sure they feel safe: pick them up or get close, move away from noise, keep your voice low and calm. Explaining, fixing and tidying can wait, because without that sense of safety, the first of Siegel’s four S’s, a child can’t take anything else in. Your words can wait; your arms can act right away.

your-own-soothing-signature =
    .title = Find your soothing signature
    .body = Choose a way of comforting that suits you and use it every time today, for example: your child upright against your shoulder, a soft ‘shhh’, slow rocking, the same words each time. Being soothed, the ‘Soothed’ of Siegel’s four S’s, comes faster when the gesture is familiar, because your child’s body recognises it. Bit by bit, your child learns what calming down feels like.

look-behind-the-behaviour =
    .title = Look behind the behaviour
    .body = Is your child crying, whining or sulking today for no obvious reason? Take a moment to wonder what might be underneath: tired, hungry, too much going on, or simply missing you. You don’t have to guess right straight away, because a child who senses that someone is really trying to understand feels seen. On a teething day or after a jab, there’s often more behind it than you think.

light-up-when-you-meet =
    .title = Light up when you see your child
    .body = Every time you meet again today, after a nap or when you come home, let your face truly show you’re glad: eyes lighting up, a warm ‘Hey, there you are!’ Without any words, your child feels welcome just as they are. You’ll notice it in a smile back, kicking legs, or arms reaching out for you.

cross-one-thing-off =
    .title = Cross one thing off today
    .body = Look at today’s list and cross off one thing that can easily wait: the laundry, the hoovering, that one email. Use the time to sit, eat or sleep. Stress and tiredness make it harder for anyone to respond calmly and in tune, so lightening your load is also caring for your child. Tomorrow there’ll be another list, and that’s fine.

worries-shared =
    .title = You don’t have to carry worries alone
    .body = Are worries weighing on you, about money, work, your relationship or your health? Mention them at the child health clinic or to your GP; they can help you look for support. Ongoing worry makes it hard to have anything left for your child, so tackling it is part of caring well. Money worries are nothing to be ashamed of; there’s often more help than you think.

half-an-hour-for-you =
    .title = Half an hour for yourself
    .body = Ask someone you trust to look after your child for half an hour today: your partner if you have one, a grandparent, a neighbour or a friend. Lie down, go for a walk or drink a cup of tea in silence. A rested adult finds patience and warmth much more easily. On your own? Lie down as soon as your child sleeps.

every-comfort-builds-the-brain =
    .title = Every comfort helps build the brain
    .body = Comfort your child today just as you always do, but pause once to take it in. A fright makes the body release the stress hormone cortisol, and your closeness helps bring it back down; doing this together often helps grow the brain areas that later handle feelings and getting along with others. After a jab or a bad dream, a moment like this is especially valuable.

in-doubt-ask-early =
    .title = Unsure? Ask early
    .body = Do you often feel you can’t ‘read’ your child, or does your child seem very anxious, constantly on alert, or unusually quiet and withdrawn? Talk it over with your child health clinic or GP, even if you’re unsure. Asking for help early is a sign of care, and there’s a lot that can help. You don’t need to wait until you’re sure; doubt is reason enough.

low-or-numb-tell-someone =
    .title = Low, anxious or no joy? Tell someone
    .body = Have you felt low, anxious or empty for more than two weeks since the birth, or found no joy in anything, your baby included? Tell the consultatiebureau (child health clinic), your midwife (verloskundige) or your GP (huisarts) today. It happens to many parents, mothers and partners alike, and it’s nobody’s fault. Asking for help is strength, and with the right support it usually gets lighter.

same-words-same-moments =
    .title = Same words for the same moments
    .body = Pick a set phrase for three moments that come back every day, and use it each time today: ‘Time for a clean nappy’, ‘Let’s eat’, ‘Sleep well, see you soon.’ Familiar words make the day predictable, and what’s predictable feels safe. Grandparents and sitters can use the same little phrases.

one-anchor-on-a-messy-day =
    .title = On a messy day, keep one anchor
    .body = Is everything upside down today, because of work, illness, visitors or plain chaos? Keep one fixed anchor in place, like the sleep song or the cuddle after a meal. A child copes better with ups and downs in the day, and in your mood, when something stays the same. During a house move, a hospital stay or a family feast, an anchor like this matters all the more.

a-bad-day-breaks-nothing =
    .title = A bad day breaks nothing
    .body = Was today full of crying, rushing and short fuses, your child’s and yours? End it with one small gesture: a hand on their back, a song, a soft ‘We’ll try again tomorrow.’ A bond grows over many days, through attention that’s good enough on average, not through one perfect day. A close like that is for you as well: a gentle line under the day.

your-child-knows-you =
    .title = Your child knows you, not the picture
    .body = Catching yourself comparing with other parents today, online, in the family or at a birthday party? Put the comparison aside on purpose, for instance by not opening a certain app for a day. Your child doesn’t need an ideal, they need you, with your own way of doing things.

count-your-comebacks =
    .title = Count your comebacks today
    .body = Today, rather than noticing what went wrong, notice the times you came back: you picked your child up after all, you caught a signal late, you softened a cross look. Coming back after a miss isn’t patching up a failure, it’s exactly how a secure bond grows.

write-down-one-moment =
    .title = Write down one small moment
    .body = Jot down one small moment today when your child found support in you: a comfort, a game, a look of recognition. Ordinary moments like these pile up into self-confidence, resilience and, later on, the ability to make friends. You’ll notice it when you read back and see how much you’re already giving, even on days that felt heavy.

what-you-do-matters =
    .title = Show them: what you do makes a difference
    .body = Pick one of your child’s signals today, such as a particular sound, a whimper or an outstretched hand, and respond to it every single time. Your child discovers that they can make something happen, an early building block of self-confidence. The bath is a good place to start, with a splashing hand or a happy squeal.

fill-your-own-tank =
    .title = Fill your own tank too
    .body = Have a glass of water and something filling to eat before the next feed, meal or bath today. It sounds small, but patience is much harder to find when you’re hungry, thirsty or running on empty, so looking after yourself is simply part of looking after your child. A bottle of water and a snack by your feeding spot make it easy.

who-to-call-when-its-too-much =
    .title = Who will you call when it’s too much?
    .body = Think today about who you could call or message when things get too much, and let them know: ‘Can I ring you if I get stuck?’ Asking for help is a strength, and a child benefits from adults who don’t have to carry everything alone. Put that name at the top of your favourites.


first-ward-visit-just-arrive =
    .title = Your first visit to the neonatal ward
    .body = Going to see your baby on the neonatal ward for the first time today? Ask a nurse to stand beside you and explain what you see: the tubes, the sensors, the beeps. Then simply look at your baby and softly say hello; among all the strange sounds, your voice is something familiar. Nothing more is needed this first time. You’re not a visitor but the parent, so do ask what you can do today.

incubator-still-hands-hold =
    .title = Your first touch through the incubator porthole
    .body = Can you put your hands through the portholes of the incubator today? First ask the nurses how to wash your hands and how your baby likes to be touched. A warm, still hand often feels better than stroking: let your hand rest quietly, around the feet for instance, and watch what your baby does. Then lift your hand away slowly. Hands shaking the first time? That’s completely normal.

tiny-baby-enough-signs-pause =
    .title = Read your tiny baby’s ‘enough for now’
    .body = During care today, watch for small signals such as looking away, fingers spread wide, hiccups, yawning, a frown or arms shooting out. A baby born early often gets too much input quickly and shows ‘pause’ this way. Then stop, keep your hand still and wait until your baby settles again. Ask the nurses which signals your baby shows; every baby does it a little differently.

kangaroo-care-ask-the-nurses =
    .title = Ask when you can do kangaroo care
    .body = Ask today when you can hold your baby skin-to-skin; this is often called kangaroo care, on a Dutch ward ‘buidelen’. When it’s possible, the nurses lift your baby, wires and all, onto your bare chest, where your warmth and heartbeat can help your baby settle. Wear something that opens at the front, go to the toilet first and keep water nearby. Stay awake and alert; if you feel drowsy, say so.

kangaroo-care-second-parent =
    .title = Kangaroo care isn’t only for the birth parent
    .body = Do you often stand beside the incubator while someone else does kangaroo care, or are you not the one who gave birth? Ask for your own skin-to-skin time today. Your baby gets to know your smell, breathing and heartbeat, and for you, being a parent often suddenly feels real. Stay awake and alert. Afterwards, agree a regular time with the nurses so you don’t have to ask every time.

kangaroo-slow-breathing-chest =
    .title = During kangaroo care: breathe slowly, do nothing
    .body = Is your baby lying skin-to-skin on your chest today? Put your phone away, drop your shoulders and breathe out slowly. Your baby rises and falls with your breathing and feels your heartbeat; a calm body close by can help a tiny stress system settle. No need to talk or stroke: being there is enough. If you notice yourself drifting off, ask a nurse to put your baby back.

tube-feed-as-contact =
    .title = Make a tube feed a moment together
    .body = Is your baby fed through a tube? Ask today whether you can be there and whether you may hold the syringe or hold your baby during the feed, in the incubator or skin-to-skin while you’re awake and alert. Rest a hand around your baby and talk softly. That way feeding becomes a moment of warmth and closeness, just as it will be at the breast or bottle later. If it can’t happen today, ask when it can.

feast-day-in-these-weeks =
    .title = A feast day in these unsettled weeks
    .body = Is there a feast day or birthday in these weeks, like Christmas, Eid or a brother’s or sister’s birthday? Give your baby a small piece of the celebration today: the festive song sung softly, a card by the incubator or cot, a photo of everyone together. On the ward? Ask the nurses what’s possible. And do join in yourself; skipping the celebration doesn’t make you a better parent.

care-times-plan-your-visit =
    .title = Plan your visit around a care time
    .body = Ask today when your baby’s next care times are: nappy, temperature, feed. These are often planned together so a small baby can sleep in between; the nurses know how it works for your baby. Arrive in time to be there and do something yourself. That gives your baby a recognisable rhythm, with you in it. If you can’t make every one, choose one fixed care time a day.

nappy-change-in-the-incubator =
    .title = Change a nappy in the incubator
    .body = Ask a nurse today to show you how to change your baby’s nappy in the incubator, then do it yourself while they watch. Go slowly and softly tell your baby what you’re doing: ‘Now your nappy comes open.’ Your baby hears your voice along with your hands, and a chore becomes a moment together. The first few times feel clumsy; that’s part of it, and it gets easier.

one-care-task-becomes-yours =
    .title = Learn one care task that becomes yours
    .body = Choose one task with the nurse today that you’ll do whenever you’re there, like taking the temperature, washing the face or mouth care; the nurses know what suits your baby. Among all the changing shifts, you become the one whose hands keep coming back. If you can’t do it yourself yet today, watch closely; next time you take over.

nurses-card-what-calms-baby =
    .title = Tell the nurses what calms your baby
    .body = Write on a card today what you’ve noticed about your baby: how they like to lie, what settles them, which song you sing. Ask if it can hang by the incubator. The nurses care for your baby when you’re not there, and this way your knowledge travels in their hands. Ask them in turn what they’ve noticed; together you are the team around your baby.

ward-round-question-list =
    .title = Take your questions to the doctors’ round
    .body = Keep a list on your phone today of everything you want to know, however small. Ask whether you can join the doctors’ round or a parent meeting, and bring the list. Understanding what’s happening makes you feel less like an onlooker and more like a parent, which leaves room for contact with your baby. Asking twice is fine; nobody remembers everything on a ward like this.

monitor-watch-baby-not-screen =
    .title = Watch your baby, not just the screen
    .body = Ask a nurse today to explain calmly, once, what the monitor shows, which beeps are often harmless, for instance when your baby moves or a sensor comes loose, and when you should call someone. The nurses keep an eye on the screen. Then look deliberately at your baby: the face, the hands, how they’re lying. That’s where you learn to read your child.

heel-prick-hold-your-baby =
    .title = Hold your baby through a heel prick
    .body = Is something unpleasant happening to your baby today, like a heel prick or a new tube? Ask whether you can stay and keep your hands still around your baby, or hold your baby against you. Your closeness can help the little body settle again after the fright. Keep a hand on your baby for a while afterwards. Is watching too much for you? Then it’s fine to step out for a moment.

see-your-baby-past-the-tubes =
    .title = Look for your baby behind the tubes
    .body = Do you mostly see wires, tape or a mask today? Then look deliberately for your baby: the eyebrows, the hair, the shape of the ears, the toes. Who does your baby look like? Say it out loud or write it down. That way you see your child rather than just the equipment around them, and the feeling ‘this is my child’ often grows from exactly these details.

goodbye-ritual-at-the-incubator =
    .title = A fixed goodbye at the incubator
    .body = Do you have to leave the ward again today? Say goodbye the same way each time: your hand resting still on your baby for a moment, the same few words, like ‘Sleep well, I’ll be back tomorrow’, and then really go. A fixed ritual brings something familiar into leaving and gives you a clear ending, so leaving feels less like slipping away. Tell the nurse when you’ll be back.

go-home-to-sleep-allowed =
    .title = Going home to sleep is allowed
    .body = Does leaving your baby tonight feel wrong? Go home, or to your room, and sleep anyway. The nurses keep watch at night, and you need your strength for the weeks ahead, including the time at home. Ask the nurses whether you can ring before bed to hear how things are, and whether that’s also fine if you’re lying awake in the middle of the night.

birth-parent-in-bed-recovering =
    .title = Can’t get to your baby yet after the birth?
    .body = Are you still in bed after a caesarean or a hard birth, or unwell yourself, and unable to get to your baby? Ask whether someone can take you there in a wheelchair or bed, even briefly. Meanwhile, let someone close take photos and a short video. That others hold your baby first says nothing about your bond; it can simply begin a little later.

short-ward-visit-still-counts =
    .title = A short visit counts too
    .body = Working, with children at home or living far away, and only managing a quarter of an hour today? Go anyway. Wash your hands, rest a hand around your baby, softly say hello and tell them one thing about your day. Don’t measure yourself in minutes: a baby mostly needs someone who keeps coming back. If you really can’t make it one day, call the ward and ask how it went.

no-touching-today-stay-close =
    .title = No touching today? Stay close
    .body = Is your baby so fragile today that touching or kangaroo care isn’t possible? Then sit beside the incubator and ask the nurses whether talking softly is all right. Watch what your baby shows: a hand opening or closing, a face that changes. That way you already get to know your baby, even without touch. It can feel powerless, but being there is already care.

eyes-open-bring-your-face-close =
    .title = Eyes open? Bring your face close
    .body = Does your baby open their eyes for a moment today? Ask whether the light can be dimmed, for instance with the cover over the incubator, and slowly bring your face closer. Say nothing, or something very softly. Many babies like looking at a face, but a very small baby often tires quickly: when the eyes close again or your baby looks away, that was enough.

twins-on-the-ward-each-a-moment =
    .title = Two babies on the ward: a moment for each
    .body = Do you have two (or more) babies on the ward? Give each one their own moment today: a kangaroo session while you’re awake and alert, a care time, or simply a while alone with that one. That’s how you learn that each has their own signals and pace. If it’s uneven one day, that’s fine; see tomorrow whose turn it is. Ask the nurses to help you plan.

transfer-to-hospital-near-home =
    .title = Moving to another hospital
    .body = Is your baby moving to a hospital nearer home, or just moved? Ask whether you can be there for the transfer or ride along. On the new ward, introduce yourself straight away as the parent, ask to be shown around and ask who your contact person is. Everything is new for your baby: faces, sounds, hands. You are what travels along, and the sooner you feel at home there, the more calm you bring.

first-own-clothes-open-cot =
    .title = Your baby’s first clothes from home
    .body = Is your baby moving from the incubator to an open cot, or allowed to wear clothes? Bring a vest, hat or little outfit from home today and dress your baby together with the nurse. Something you chose yourself makes it suddenly tangible for many parents: this is our child. Go ahead and take a photo. If it’s still too early, put something ready in your bag.

first-drinks-baby-sets-the-pace =
    .title = First feeds by mouth: your baby sets the pace
    .body = Is your baby practising drinking at the breast or from a bottle today? Hold your baby close and watch the signals: is the mouth searching, or is the head turning away and your baby tiring? Ask the nurses beforehand what to do if your baby stops before the feed is finished. Learning to drink usually goes in small steps, at your baby’s pace. The lactation consultant can watch with you too.

rooming-in-before-going-home =
    .title = Rooming in before you go home
    .body = Ask whether you can stay in a room on the ward with your baby for a day or a night before going home. Then take on all the care yourself: feeding, changing, comforting, at night too, with the nurses in the background. You’ll find that you can read your baby, and for your baby you are the one who comes. Unsure at some point? Ring for the nurse: that’s exactly what this night is for.

parents-room-talk-to-another-parent =
    .title = Talk to another parent in the parents’ room
    .body = Are you sitting in the parents’ room or by the coffee machine next to another parent today? Ask how they’re doing. Nobody understands this life between the incubator and home like someone going through it, and shared worries feel lighter. Just don’t compare grams or milestones; every baby has their own path. If you’d rather have quiet today, that’s fine too.

sibling-at-home-baby-in-hospital =
    .title = A sibling at home, the baby in hospital
    .body = Is a brother or sister waiting at home while you keep going to the hospital? Explain in simple words where the baby is and why, and let them make a drawing that can hang by the incubator. Keep the same familiar person and the same habits at home as far as you can, like bedtime. That helps the older child feel safe in these unsettled weeks too. Ask the ward when they can come and visit.

corrected-age-count-from-due-date =
    .title = What ‘corrected age’ means
    .body = Your baby is here, but for development you count from the due date: that’s the corrected age. You use it until your child is about two. If your baby was born two months early, four months after the birth often fits two months better. These tips follow that age too. Explain it today to grandparents or friends, so nobody expects too much too soon.

tube-bottle-or-breast-bond-grows =
    .title = Tube, bottle or breast: the bond grows just the same
    .body = Is your baby fed by tube or bottle, with breast milk or formula, and does that nag at you? Attachment doesn’t grow from the way of feeding but from what happens around it: your hands, your voice, your smell and coming back again and again. After a feed today, notice what your baby does with you, like a body relaxing or a hand around your finger. That is your bond.

other-parent-helps-with-expressing =
    .title = Someone else expressing? Here’s your part
    .body = Is the parent who gives breast milk expressing again today, at home or in hospital? Take on your part: clean the pump parts, label the milk the way the ward asks, take it in, and simply sit beside them for a while. Expressing is lonely work, and company makes it lighter. This way you care for your baby together, even if you don’t give the milk yourself.

expressing-milk-is-not-a-contest =
    .title = Expressing is hard work, not a contest
    .body = Expressing again today, with an alarm at night and one eye on the bottles? Don’t read the millilitres as proof of how well you’re doing. Many parents find it easier by the incubator, after kangaroo care or with a photo of their baby nearby. If it’s hard going, ask the lactation consultant for help. And if it doesn’t work out or you stop, you are just as much the parent your baby needs.

hospital-costs-ask-for-help =
    .title = Parking, travel, food: ask for help with the costs
    .body = Are the costs piling up from all the back and forth: parking, petrol or the train, food from a machine? Ask the nurses or the medical social worker today what’s possible, like a parking arrangement for parents or a place to sleep nearby. Ask your health insurer too whether anything is covered. Money worries take energy you’d rather give your baby, and asking for help is part of these weeks.

ask-for-an-interpreter-on-the-ward =
    .title = Doctors hard to follow? Ask for an interpreter
    .body = Is Dutch not your first language, and do talks with doctors and nurses go too fast? Ask today whether an interpreter can come to the next talk or join by phone; hospitals often use them. Try not to let a child or relative translate. Understanding what’s happening with your baby leaves you calmer for your baby. Home already, or nearly? Ask at the consultatiebureau (child health clinic) too.

diary-for-your-preterm-baby =
    .title = Keep a little diary for your baby
    .body = Start a notebook or note addressed to your baby today: ‘Today I held your hand for the first time.’ Write down small firsts, add photos, and ask whether the nurses would like to write a line in it when you’re not there. Later you can read back how much you already did together, and one day your child can read it too. One sentence a day is enough, and so is skipping a day.

not-feeling-like-my-baby-yet =
    .title = Doesn’t it feel like your baby yet?
    .body = After all the machines and other people’s hands, does your baby not quite feel like yours yet? Many parents of a baby born early know this, and it says nothing about you or your bond. Tell a nurse, the JGZ (youth health care) or someone you trust today, and ask what they see your baby do when you’re there. Sometimes others see the bond before you feel it; the feeling often comes later.

guilt-about-the-early-birth =
    .title = Guilt about the early birth
    .body = Do you keep thinking: should I have done something differently, is it my fault? Many parents feel this guilt, and an early birth is rarely anyone’s fault. Write your question down today and ask the doctor or your midwife (verloskundige); an honest answer often takes the sharpest edges off. Tell someone close to you, too. Guilt doesn’t have to stand between you and your baby.

afraid-to-attach-come-close =
    .title = Afraid to get attached? Come close anyway
    .body = Are you holding back a little because you’re afraid things will go wrong with your baby? That fear is very understandable, and many parents recognise it. Right now your baby needs your closeness, and being close can comfort you too. Start small: a hand, a song, a few minutes. The fear doesn’t have to be gone before you’re allowed to begin.

ward-social-worker-or-psychologist =
    .title = Talk to someone who knows about this
    .body = Sleeping badly, often in tears, or feeling nothing since the birth? Ask on the ward for the medical social worker or the psychologist; they are there for parents like you. Already home? Tell your GP (huisarts) or the consultatiebureau (child health clinic). If low mood or anxiety lasts longer than two weeks, or you’ve felt no joy for that long, be sure to say so. Asking for help is a strength.

parents-cope-differently-with-worry =
    .title = Everyone carries the worry in their own way
    .body = Does one of you want to know everything about oxygen and grams, while the other would rather sit quietly with the baby or throw themselves into work? People deal with fear differently, and that’s not a lack of love. Ask each other today: ‘What helps you right now?’ and listen without correcting. On your own? Ask yourself that question, and one person you trust.

one-news-message-for-everyone =
    .title = One message for everyone who wants news
    .body = Are the messages pouring in, asking how the little one is? Choose one person today to pass on news for you, or send one message to a group and mute the rest. That way your energy goes to your baby instead of your phone, and the circle around your baby stays small and calm. Let that person handle questions about visiting too.

family-helpers-get-a-practical-job =
    .title = Give grandparents or friends a job
    .body = Do family and friends want to help, but can’t all come to see the baby? Give them a concrete job today: a meal, the laundry, driving to the hospital, time with an older child. That way they really help, and you keep your attention for your baby. Their own bond with your baby comes later, when things are calmer: a grandparent or friend who comes often then becomes familiar naturally.

ask-work-about-leave-options =
    .title = Ask at work what’s possible with leave
    .body = Is your leave running out while your baby is still in hospital, or are you dreading going back? Ask your employer or HR today what’s possible in your situation; when a newborn is in hospital there are sometimes extra options. Fewer worries and a clear plan give you room to be with your baby. If you dread the conversation, take someone with you.

a-setback-on-the-ward =
    .title = A setback on the ward
    .body = Does your baby need extra oxygen again today, a drip, or a move back into the incubator? Steps back like this happen to many babies born early, and still they hit hard. Ask a nurse to explain in plain words what it means, and what you can still do today: a hand, your voice, one care task. Call someone who will come and sit beside you. You don’t have to put on a brave face.

welcome-ritual-from-your-tradition =
    .title = A welcome ritual from your own tradition
    .body = Does your family or faith have something that belongs with a birth: a prayer whispered in the ear, a blessing, a song, a name spoken aloud? Didn’t it happen in all the rush, or not the way you wanted? Do it today after all, or once more; on the ward, ask for a quiet moment. That way your baby is welcomed as part of your family, and that’s worth celebrating wherever you are.

tell-your-baby-about-home =
    .title = Tell your baby about home
    .body = Tell your baby today what home is like: the room where the cot stands, the cat, a brother or sister who keeps asking when the baby is coming, the smell of dinner. Your baby doesn’t understand the words but hears a calm, warm voice talking about something familiar. And for you, coming home starts to feel a little real. Is your baby home already? Then give them a tour of the house.

parent-alone-one-steady-companion =
    .title = On your own? Choose one steady person beside you
    .body = Are you facing this as a parent on your own, on the ward or soon at home? Choose one steady person today who can come with you: to sit beside you, listen in with the nurses and sometimes take over the care or kangaroo care, if the ward allows. For your baby, that person becomes a familiar face beside you, and for you, a support who already knows the story.

no-comparing-with-term-babies =
    .title = Don’t compare with babies who came on time
    .body = Do you see babies born around the same time, online or in the family, who are already home or look bigger? Put that comparison aside on purpose today. Your baby follows their own path, starting from the due date, and you can’t measure it against anyone else’s. If you compare at all, compare your baby with last week’s, and see what has already changed.

mark-the-due-date =
    .title = Make something of the due date
    .body = Is the due date coming into view? Think today about how you’d like to mark it: a cake, a photo to put beside the very first one, a letter to your baby, or just a quiet day together. It’s a second birthday that only babies born early have, and a moment to see how much you’ve already come through together. Does it feel bittersweet instead? That’s allowed too.

hum-softly-during-care =
    .title = Hum softly during care
    .body = Today, while changing or washing your baby, softly hum a tune, always the same one. Humming is gentler than singing and doesn’t fill a small space like an incubator or crib with too much sound. Your baby gets a calm thread running through the care, and your own breathing slows down too. If it seems too much for your baby today, hum only at the end.

who-to-call-card-for-home =
    .title = Who do you call for what? One note for home
    .body = Is your baby going home soon, or just home? Ask the nurses whom to call for which worry, by day and at night: the ward, your GP (huisarts), the out-of-hours GP (huisartsenpost), the consultatiebureau (child health clinic). Write it with the numbers on one note on the fridge, so a babysitter or grandparent can find it too. At home there’s no nurse beside you; knowing whom to call brings calm.

preterm-back-sleeping-at-home =
    .title = At home, your baby always sleeps on their back
    .body = Did your baby sometimes lie on their tummy or side on the ward, on a monitor? At home it’s different: your baby always sleeps on their back, in their own cot, and until 12 months there’s nothing soft in it: no cuddly toy, cloth or pillow. Even if your baby is used to it. Ask the nurses how to practise this before discharge and what else applies to your baby; already home? Call the ward.

home-from-the-ward-never-shake =
    .title = Home from the ward and at your limit? Never shake
    .body = Home soon, or just home? There’s no nurse there to take over. Does the crying make you angry or desperate, especially after nights of little sleep? Never shake your baby, not even for a moment: a small baby can be injured for life. Lay your baby on their back in their own cot, leave the door ajar and step away for a few minutes. Call or text someone. Calmer? Go back. Agree now who you’ll call.

bring-the-ward-rhythm-home =
    .title = Bring the ward’s rhythm home
    .body = Is your baby going home soon, or just home? Ask the nurses which daily rhythm they advise for home and put it on paper: how often to feed, when to do care, when to sleep. Keep roughly to it at first, and add one fixed moment of your own, like a song before sleep. That way not everything changes at once for your baby. After that, it can slowly become your own rhythm.

first-nights-home-without-monitor =
    .title = The first nights home, without a monitor
    .body = Is it quiet at home without the ward’s beeps, and do you keep listening to check your baby is breathing? That happens to very many parents. For the first nights, agree who sleeps when, or ask someone to stay over one night. Lay your baby on their back in their own bed, close to you. Really worried? Call the ward as agreed, your GP (huisarts), or at night the out-of-hours GP (huisartsenpost).

home-visitors-healthy-clean-hands =
    .title = Visitors at home: healthy, clean hands, short
    .body = Does everyone want to see your baby at last? When arranging a visit, say: only come if you’re well, wash your hands when you arrive, and don’t kiss the baby’s face. Keep it short and calm; a baby who came early often gets too much input quickly and can sometimes fall ill more easily. Ask the consultatiebureau (child health clinic) or the ward what else applies to your baby, especially in winter.

kraamzorg-and-jgz-after-discharge =
    .title = Kraamzorg and JGZ after coming home
    .body = Is your baby (nearly) home? Ask whether kraamzorg (maternity home care) can still come, and note when the JGZ (youth health care) nurse or consultatiebureau (child health clinic) will visit; sometimes the hospital follows your baby for a while. Tell them what you learned about your baby on the ward: what calms, how feeding goes. Then they can build on it, and you have familiar faces around you.

sibling-meets-baby-at-home =
    .title = When a sibling meets the baby at home
    .body = Is the baby coming home to a brother or sister who has waited for weeks? Let the older child do one small thing today, like handing you a vest or singing a song, and say out loud what you see: ‘Exciting, isn’t it?’ or ‘You missed me too.’ Being jealous or quiet is part of it. Plan a quarter of an hour that is just for the older child as well.

first-bath-at-home-after-ward =
    .title = The first bath at home
    .body = Giving your baby a bath at home for the first time, without a nurse beside you? Do it the way you learned on the ward: a warm room, everything within reach, perhaps your baby wrapped in a cloth, as the nurses showed you. Lower your baby into the water slowly and softly say what you’re doing. Keep it short. If it doesn’t work out, a wash with a flannel is fine too.

feeding-at-home-you-know-your-baby =
    .title = Feeding at home: you already know your baby
    .body = Giving the first feeds at home with no one watching, and wondering if you’re doing it right? On the ward you learned a lot: how your baby shows hunger, when it’s enough, which position works. At one feed today, say out loud what you see: ‘You’re searching, you’re hungry.’ You’ll hear how much you already know. Unsure about drinking or growth? Ask the consultatiebureau (child health clinic).


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

still-crying-a-lot-after-the-peak =
    .title = Still crying a lot every day?
    .body = Hoping the crying would ease after about six weeks, but your baby still cries for long stretches every day? That doesn’t mean you’re doing anything wrong. Call the consultatiebureau (child health clinic) this week and look together at what could help. Meanwhile, have someone take over for an hour or so each day. At your limit? Lay your baby on their back in their own cot and step away.

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

still-sore-after-the-birth =
    .title = Still sore from the birth?
    .body = A few months on, still in pain when sitting, lifting, peeing or having sex, or leaking urine? You don’t have to put up with it quietly. Talk to your GP (huisarts) or midwife (verloskundige); there is often help, for example from a pelvic floor physio. Pain eats patience and energy, for your baby too. Letting yourself be cared for is part of caring. Many parents have this; no need for shame.

nights-on-your-own =
    .title = Nights on your own? Set everything out
    .body = Is your partner back at work, working nights, or are you doing this alone? Tonight, put everything for the night within reach: water, something to eat, nappies, a clean vest, a soft lamp. The less you have to search, the calmer you go to your baby, and soft light keeps the night calm for you both. Did a night go badly? Then you’re allowed to ask for help the next day.

thin-walls-neighbours-hear-crying =
    .title = Worried the neighbours hear the crying?
    .body = Thin walls, and are you lying awake thinking the neighbours hear everything? Don’t let that rush you or keep you from going to your baby. Pop a short note through their door or say it on the doorstep: ‘We have a baby who sometimes cries at night; we’re doing our best.’ Most neighbours react more kindly than you fear. Without that worry you go to your baby more calmly, and your baby feels it.

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

your-stretches-on-the-play-mat =
    .title = Your exercises, next to your baby on the mat
    .body = Want to do something for your body again, but no one to mind the baby? Roll out your mat next to your baby’s today and do a few gentle exercises or stretches, as much as your body can manage now. In between, pull silly faces, count aloud and say what you’re doing. Your baby watches, fascinated, and you get something for yourself without leaving. Not today? The mat is still there tomorrow.

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


your-own-parent-is-ill =
    .title = When your own parent is ill
    .body = Is your father or mother ill, and are you rushing between the hospital, their home and your baby? Today, cross one thing off the list and ask someone to take over a visit or an errand. Take your baby to a short visit if allowed and it suits you both; a baby’s face often cheers someone who is ill. You needn’t be everywhere at once: one calm hour with your baby counts. Worry and sadness are allowed.

settling-in-do-the-care-there =
    .title = Settling in: care for your baby there yourself
    .body = Are you settling in at childcare or with a childminder (gastouder)? Give a bottle or change a nappy there yourself while the regular carer watches. They see how your baby likes to be held, and your baby sees you at ease in the new room. A little of your familiarity rubs off. Next time, swap roles: the carer does it and you watch.

arms-to-arms-handover =
    .title = Hand over from arms to arms
    .body = Taking your baby to childcare, the childminder or the grandparents today? Hand your baby straight into the other person’s arms, with a calm face and a friendly word to them. Your baby reads your face: if you’re at ease with this adult, it feels safer for your baby too. A lump in your throat? That’s allowed. Wave calmly; your own tears can come afterwards.

ten-spare-minutes-in-the-morning =
    .title = Ten spare minutes in the morning
    .body = On workdays, set your alarm ten minutes earlier, or lay out bags and clothes the night before. Not to do more, but to do things more calmly: dressing without a rush, sitting together for a moment before you leave. Babies pick up on hurry, and a calm start gives them something to hold on to all day. Running late anyway? One unhurried cuddle at the door is enough.

a-call-to-childcare-is-fine =
    .title = It’s fine to call childcare
    .body = In the first weeks, do your thoughts at work keep drifting to your baby? Ask childcare or the childminder whether you can ring, or get a message about how it’s going. That isn’t being a nuisance: they’re used to it, and a settled mind makes tomorrow’s goodbye calmer too. Hear that your baby cried for a bit and then played again? That’s exactly how settling in goes.

pumping-at-work-a-pause-for-you =
    .title = Pumping at work: a break that’s yours
    .body = Expressing milk at work? Find a quiet spot, turn off notifications and look at a photo or video of your baby for a moment. Many parents find it helps them relax, and in your thoughts you’re together for a while. Less milk than hoped, or pumping getting too much? Talk to the consultatiebureau (child health clinic). Feeding your baby in whatever way works is good enough.

cranky-evening-after-childcare =
    .title = Weepy after a childcare day? Keep the evening small
    .body = Is your baby weepy or clingy at home after a childcare day, even though it went well there? A day full of new faces and sounds is hard work for a baby, and with you that tiredness can come out. So keep the evening small: no visitors, simple food, lots of lap time, an early night if it helps. It says nothing bad about the childcare or about you. It often eases once the new rhythm feels ordinary.

ask-what-made-them-laugh =
    .title = At pick-up, ask: what made my baby laugh?
    .body = At pick-up today, don’t just ask how your baby slept and fed, but also what made them laugh. Then copy that game or sound at home. Home and childcare start to weave together a little, and your baby finds the same fun things in both places. Share what works at home too, so you build up a set of games you both know.

your-day-out-their-day-together =
    .title = Your day out, their day together
    .body = Does the other parent, or another regular carer, have a set day alone with your baby? Then really go out and don’t send instructions in between. Someone alone with a baby learns to read the signals fastest on their own. Their own way of comforting or playing isn’t a mistake but an extra bond for your baby. In the evening, ask with curiosity what they discovered together.

well-meant-advice-from-family =
    .title = Well-meant advice from all sides
    .body = Does your mother, father-in-law or aunt say your baby is dressed too thinly, or that ‘in our day we did it differently’? Pick one friendly sentence to use every time: ‘Thanks, this is how we do it now.’ Not sure whether some advice is right? Ask the consultatiebureau (child health clinic), then decide yourself. You know your baby best. And sometimes there’s a gem in the advice; keep it.

sick-day-plan-familiar-face =
    .title = A plan for sick days, with a familiar face
    .body = Babies at childcare often catch colds or bugs in the early months, and sometimes can’t go in. Think now, on a calm day, about who could be with your baby then: you, another parent, or a grandparent or friend your baby already knows. A poorly baby mostly needs someone familiar. Have that person drop by now and then, so their face stays known.

laughed-out-loud-do-it-again =
    .title = A real laugh? Do it again
    .body = Did your baby laugh out loud today, at a raspberry on the tummy, a silly voice or a sudden ‘boo!’? Do it again, and again, pausing each time. Laughing together connects you, and your baby discovers that the two of you can make fun happen. Watch for the tipping point, though: hiccups, looking away or a laugh turning shrill mean it’s enough.

a-cold-or-fever-extra-close =
    .title = A cold or a fever: extra close
    .body = Does your baby have a cold or a fever? They often want to be carried more and sleep more restlessly. Give that closeness freely: comfort doesn’t cure, but it helps a baby through a rough day. Call your GP, or the huisartsenpost (out-of-hours GP service) in the evening and at weekends, if you’re worried, for example if your baby drinks poorly, is floppy, breathes with effort or cries differently.

weekend-needs-no-catching-up =
    .title = The weekend doesn’t have to make up for anything
    .body = Working during the week, and does the weekend feel like the time to make up for it all? No need. Your baby doesn’t need outings, just ordinary time with you: breakfast together, a walk, lying on the floor chatting. Cross one plan off the coming weekend and leave the space empty. Those slow hours are exactly where your bond grows, and you get to catch your breath too.

grabbing-hair-and-glasses =
    .title = Grabbing your hair or glasses?
    .body = Is your baby pulling at your hair, glasses or necklace today? That isn’t naughtiness: grabbing is new and exciting. Calmly peel the fingers loose, say ‘ow, that pulls’ in an even voice, and offer your finger or a toy instead. From your face and voice, your baby learns what grabbing does to someone else, without a fright. On busy days, tying your hair back helps too.

everything-goes-in-the-mouth =
    .title = Everything goes in the mouth: let them explore
    .body = Does everything your baby grabs go straight into their mouth? That’s how they explore the world: hard, soft, cold, bumpy. Today, offer a few clean, safe things, like a wooden ring or a flannel, and mostly just watch. Name what you see: ‘Oh, that one’s cold!’ Keep small things out of reach. Does your baby glance up at you in between? Then it’s a discovery you share.

a-book-to-chew-on =
    .title = A book can go in the mouth too
    .body = Does your baby grab at the book when you read? Choose a sturdy cloth or board book with bits to feel, and let your baby hold it, turn it and chew on it. Just say what there is to see, even if it’s only one page. At this age, reading is mostly holding something together and hearing your voice. Turned into wild grabbing? There’s another page tomorrow.

far-from-family-swap-babysitting =
    .title = Family far away? Swap babysitting with another parent
    .body = Does your family live far away, with nobody to mind your baby now and then? Ask a parent from your street or baby group whether you could take turns babysitting. First meet up a few times together, both babies included, so your baby knows the other adult before you leave. Start with an hour. You get some breathing space, and your baby gains a familiar face, much as an aunt would be.

dancing-with-baby-in-your-arms =
    .title = Dance with your baby in your arms
    .body = Put on some cheerful music you love today and dance round the room with your baby held snugly against you. Sway and turn gently to the beat, with no jolts and their head well supported. Your baby feels your joy in your body and your breathing. Glance at their face now and then: wide eyes and little laughs ask for more; turning away or startling ask for softer.

busy-shop-face-towards-you =
    .title = In the shop: your baby facing you
    .body = Is the supermarket or town busy today, with bright lights, music and crowds? Carry or push your baby so they can see you: in the carrier facing you, or in a pram turned towards you. When it all gets too much, your baby can then recover by looking at your face. Still too much? Wrap up and step outside; the rest can wait for another time.

party-break-before-the-tears =
    .title = At a party: a break before the tears
    .body = Going to a birthday party or a celebration? Take your baby to a quiet room or outside now and then, before any crying starts. Watch for the early signs: yawning, looking away, a tense little body or arching back and pushing away. A short break recharges your baby, who learns that you notice when it gets too much. Not enough? It’s fine to head home early.

translate-your-baby-for-visitors =
    .title = Translate your baby for visitors
    .body = Is family coming today who love holding your baby? Say out loud what you see, so they learn to read it too: ‘See how she’s yawning and looking away? She’s had enough for now.’ Or: ‘He’s looking for your face, talk to him.’ That way visitors really get to know your baby. Signals getting lost in the bustle? Kindly take your baby back for some quiet.

naps-when-the-world-is-too-fun =
    .title = Naps are tricky: the world is too much fun
    .body = Is your baby finding it harder to nap, because there’s something to see everywhere? Around this age, many babies become so curious that they run past their tiredness. Today, at the first yawn, put your baby down for a nap in a quiet, slightly dark room. With less going on, sleep comes more easily. Not working today? A stroll with the pram is fine too.

looking-around-during-a-feed =
    .title = Feeding and looking around at once
    .body = Does your baby keep pulling off during a feed to look at a noise, a sibling or the cat? That isn’t rejection: the world has suddenly become fascinating. Name it: ‘You heard the door, didn’t you?’ Let your baby look for a moment, then calmly offer again. If it happens a lot, feed somewhere quieter. Worried about feeding? Ask the consultatiebureau (child health clinic).

restless-nights-again-not-your-fault =
    .title = Restless nights again? Make a night plan
    .body = Had your baby just started sleeping a bit better, and now they wake more often at night again? Around this age, many babies’ sleep changes, because so much is new. It isn’t a step backwards or your fault. Today, make a plan for the coming nights: who gets up when, and who gets a lie-in on which morning? On your own? Ask someone to take over one morning. With a plan, the night feels less endless.

daylight-walk-after-a-broken-night =
    .title = After a broken night: go outside together
    .body = Was last night hard, and do you feel grey and short-tempered this morning? If you can, go outside today for a quarter of an hour with your baby in the carrier or pram. No goal, no errands: just walking, fresh air and daylight. Being outdoors softens many adults a little, and your baby enjoys looking around. This afternoon, do only what really has to be done.

rolled-over-and-stuck =
    .title = Rolled over and stuck? Wait a moment
    .body = Does your baby roll over and then lie grumbling on their tummy? Wait a moment before you help: lie down beside them, encourage them and see whether they keep trying themselves. Then simply help, without making a big thing of it. Your baby learns that having a go is allowed and that you’re there anyway. And now they can roll: always keep a hand on them on the changing table.

time-alone-with-the-eldest =
    .title = Time alone for the eldest
    .body = Has an older brother or sister been cross, weepy or unusually sweet since the baby arrived? Plan a quarter of an hour just for that child today, while the baby sleeps or is with someone else. Let them choose what you do, and say it: ‘This is our time.’ A child who feels seen has less need to fight for attention. Do it again tomorrow, ideally at a set time.

big-sibling-as-the-clown =
    .title = The big brother or sister as the clown
    .body = Give your older child a real role today: chief clown. Let them pull silly faces, play peekaboo or sing, and point out what the baby does back: ‘Look, she’s smiling at you!’ or ‘He’s looking away, let’s pause.’ Your eldest feels important and learns to read the baby’s signals. Do stay close, and only let them lift the baby with your help.

name-the-eldest-jealousy =
    .title = Jealous? Put the eldest’s feeling into words
    .body = Does your older child say the baby should go away, or pinch when no one’s looking? Say what you suspect, without a lecture: ‘Sometimes you hate how much attention the baby gets, don’t you?’ Being angry is allowed; hurting isn’t, so calmly move the baby away when needed. A child who hears their feeling named needs to act it out less. Jealousy mostly shows how much you matter.

fasting-plan-the-afternoon-dip =
    .title = Fasting with a baby: plan for the afternoon dip
    .body = Fasting during Ramadan while you look after your baby? The late afternoon is often hardest, with hunger, thirst and little patience. Plan the bath and shopping earlier in the day, and ask someone to take over your baby for the last hour before iftar. That keeps things calmer for you both. Breastfeeding? Talk to your GP about fasting first.

late-feast-bring-the-bedtime-steps =
    .title = A late celebration? Bring the bedtime ritual
    .body = Going to an iftar, a wedding or another family celebration that runs late? Bring the bedtime ritual along: their own sleeping bag, the same song, the same order as at home. Lay your baby on their back in a quiet room, in a safe sleeping place of their own, like a travel cot with nothing soft in it. Familiar steps make a strange place more familiar. Only sleeps once home? Fine too.

jet-lag-after-a-long-trip =
    .title = Back from far away, with the clock upside down
    .body = Back from visiting family far away, and does your baby sleep all day and lie wide awake at night? Go outside together in the morning daylight, keep feeds and bedtime to local times, and do the usual sleep steps just as always. At night: dim light, few words. Take turns with the nights if you can. Most babies’ clocks reset within a few days to a week; be gentle with yourself in the meantime.

holiday-explore-the-new-place-together =
    .title = On holiday: look around together first
    .body = Just arrived at a holiday home or with family abroad? Walk calmly through the new rooms with your baby on your arm and say what you see: ‘Here’s the window, and that’s where you’ll sleep.’ Keep the first day calm. Everything smells and sounds different, and you are the fixed point from which your baby takes in the new. Restless first nights are often part of it.

bath-together-skin-to-skin =
    .title = A bath together, skin to skin
    .body = Today, try getting into the bath together with your baby, in lukewarm water. If you can, ask another adult to hand your baby to you and take them back afterwards, so you can get in and out safely. Hold your baby against you, skin to skin, and let the water lap gently over their tummy. Your body is something to hold on to in all that water. Scary? Start with feet in the water.

sling-while-you-tidy =
    .title = In the sling while you tidy up
    .body = Does your baby want nothing but to be with you today, while the washing also needs doing? Carry them in a sling or carrier, high and close against you, with their face free and in view. Tell them what you’re doing: ‘Now we’re folding the socks.’ Your baby feels your warmth and movement, and your hands are free. Cooking or a hot drink? Put your baby down safely for that.

night-shift-morning-goodbye =
    .title = After a night shift: a set morning greeting
    .body = Do you work nights and get home just as your baby wakes up? Before you go to sleep, take five minutes for a set ritual: baby on your lap, a look into their eyes and always the same words, such as ‘Good morning, I’m off to sleep, see you later.’ Your coming and going stays predictable, even with your rhythm turned upside down. Then really sleep: rest is part of it.

parent-ill-lowest-gear =
    .title = Ill yourself? Put care in its lowest gear
    .body = Down with flu or feeling rotten, while your baby still needs looking after? Put everything in its lowest gear: feeds, nappies, and otherwise together on a mat on the floor, you lying beside your baby with a song. Do ask if someone can step in for a few hours. Getting drowsy? Then lay your baby on their back in their own cot, not with you on the sofa. A few bare-bones days do your bond no harm.

another-baby-cries-yours-joins-in =
    .title = Another baby cries, and yours joins in?
    .body = In a waiting room, at a baby group or a birthday, another baby starts crying hard, and then yours joins in? Pick your baby up, turn a little away from the sound and say softly: ‘That baby is sad. You can hear it, can’t you? You’re here with me.’ Babies are easily unsettled by each other’s crying; your calm gives something to hold on to. Not working? Step out into the corridor for a bit.

family-staying-for-weeks =
    .title = Family staying with you for weeks
    .body = Is family coming to stay for a few weeks, perhaps from far away? Lovely, and unsettling for a baby too. Agree that bedtime and night-time comforting stay with you, as do the day’s familiar steps. Give your guests special moments of their own: a walk, a song, watching at bath time. And let them cook or do the washing. Your baby gains loving people without everything changing at once.

first-spoonfuls-face-to-face =
    .title = First spoonfuls: face to face
    .body = Is your baby starting on first tastes from a spoon? The consultatiebureau (child health clinic) can help you decide when. Sit opposite your baby at eye level and first let your face show how it tastes: ‘Mmm, carrot!’ Wait with the spoon until your baby opens their mouth. Eating then becomes a moment together, not just getting food in. Hardly any went down? For now, tasting counts, not how much.


sitting-against-you-on-the-floor =
    .title = Your legs as an armchair
    .body = Is your baby still wobbly sitting up? Today, sit on the floor with your legs in a V and sit your baby between them, back against your tummy. Put a toy just within reach. With your body as a backrest, your baby dares to lean forward and look around. If they topple, catch them calmly: ‘Oops, I’ve got you.’ Tomorrow, put the toy a little further away.

pram-nap-wake-up-to-your-face =
    .title = Waking up in the pram? Show your face first
    .body = Has your baby fallen asleep in the pram? When they start to stir or squeak, stop and lean over the pram: ‘Hey, are you awake? I’m here.’ Waking under a hood, with everything gliding past and nobody in sight, can give a baby quite a fright. A familiar face first makes it gentler. Tears anyway? Lift your baby out for a cuddle.

squeal-and-whisper-game =
    .title = A squealer? Whisper back
    .body = Is your baby discovering everything their voice can do today: squealing, crowing, growling? Join in first, then turn it into a loud-and-soft game. When your baby squeals, whisper back; wait and watch them listen. A softer sound may come back. That way making sounds becomes something you do together, taking turns. And if your baby squeals on the bus later? You’ll have your whispered answer ready.

nails-in-small-rounds =
    .title = Trimming tiny nails: not all in one go
    .body = Do your baby’s nails need trimming, but they keep pulling their hand away? Pick a calm moment, such as during a feed or just after they’ve dropped off, and use baby scissors or a file. Hum softly, one finger per line. If your baby pulls back, stop and do the rest later: that way care stays a calm moment together, not a battle. Five today and five tomorrow still gets it done.

rolled-off-comfort-first =
    .title = Rolled off the sofa or bed? Comfort comes first
    .body = Did your baby roll off the sofa, bed or changing table today, just as you looked away? It happens to lots of parents, especially now babies start rolling unexpectedly. Comfort first: the guilt can wait, it’s your arms they need. Worried, or is your baby not their usual self? Call your GP or the out-of-hours GP (huisartsenpost). From now on, play on the floor, and keep a hand on them when changing.

touched-out-take-a-break =
    .title = Touched out today? Take fifteen minutes of space
    .body = Has there been a baby on you all day, hands in your face and hair, and now you long for no one to touch you for a while? Lots of parents know that feeling, and it doesn’t mean you love your baby any less. Hand your baby to someone else for fifteen minutes, or lay them safely on a mat beside you, and have a drink with no little hands. With some space, closeness feels good again.

weather-massage-on-the-back =
    .title = A weather report on the back
    .body = Won’t your baby lie still for a massage any more, now that rolling is far more fun? Then massage their back while they sit upright against you on your lap, simply over their vest. Make it a weather report: tapping fingertips (‘It’s raining!’), long strokes (‘The wind is blowing’), warm still hands (‘The sun’s out’). That keeps calm touch part of your day. Baby wants to go? Then the weather’s over.

little-hands-on-your-face =
    .title = Let your baby explore your face
    .body = Is your baby grabbing your nose, mouth or glasses today? Hold your face still for a moment and let those hands explore. Softly name what they touch: ‘That’s my nose. And here’s my chin.’ Your face is the most interesting thing in the house to your baby, and all this touching is a way of coming close. Then touch your baby’s nose: ‘And this is your nose!’

money-post-opened-together =
    .title = Money worries? Don’t open the post alone
    .body = Leaving envelopes unopened because money is tight? Open them today with someone you trust. Your gemeente (municipality; in Belgium the OCMW) can often help for free with money worries and debts; the consultatiebureau (child health clinic) can point the way. Money stress eats patience and energy your baby needs too, so seeking help is caring for your baby. No shame: it happens to many families.

a-familiar-book-in-the-bag =
    .title = A familiar book in the nappy bag
    .body = Today, pop a sturdy book you often read at home into the nappy bag. Bring it out when things drag on or feel exciting: in the waiting room, on the train or at relatives’. Read it with the same voices as at home. In a strange place, the familiar pictures and your reading voice are a little piece of home. Does everything go in the mouth? Choose board or cloth that can take it.

missing-your-old-life =
    .title = Missing your old life sometimes? That’s allowed
    .body = Do you sometimes miss life before the baby: lie-ins, going out on a whim, your work, time to yourself? Quite normal, even if you adore your baby. Today, do one small thing from before, with or without your baby: your music up loud, a run, a call to a friend. Finding a bit of yourself leaves more joy to share. Low or empty for weeks? Tell your GP or the consultatiebureau (child health clinic).

milk-feed-stays-a-cuddle =
    .title = The milk feed is still a cuddle
    .body = Is your baby eating a few spoonfuls already? Then the breast or bottle feed may start to seem less important. Today, make one milk feed a deliberately quiet cuddle: in your arm, close against you, the lights a little lower. The food is changing, but the closeness of drinking stays a source of calm. Only possible at the last feed of the day? Then that one is yours.

a-cardboard-box-and-you =
    .title = A cardboard box and you
    .body = Money tight, or enough stuff in the house already? Toys needn’t cost anything. Today, put an empty box in front of your baby, tape over sharp edges and play along: drum on it, roll a ball inside, peek over the edge and duck away. Sitting steadily already? Pop your baby inside, with you right beside them. It isn’t the box that makes it exciting, it’s you joining in. Box worn out? Find another.

messy-hands-in-the-bowl =
    .title = Mess is allowed: hands in the bowl
    .body = Is your baby plunging their hands into the bowl of food today? Let them. Put an old cloth under the chair and don’t wipe their face after every bite. Feeling, squishing and smearing is how your baby discovers what food is, and that discovery is all their own. Clean up at the end, and say so first: ‘Now let’s wash your hands.’ The floor wipes clean; the curiosity stays.

first-time-in-the-pool =
    .title = First time in the pool
    .body = Off to the pool with your baby today, or to a baby swimming class? Step into the water slowly with your baby upright against your chest, your face close, and keep hold of them the whole time. Echoes, people and water are a lot of new things at once; your body and voice are what’s familiar. Watch your baby, not the group. Shivering, looking away or crying means: out, and wrap them up warm.

cot-babble-answer-from-the-landing =
    .title = Babbling from the cot? Answer from afar
    .body = Is your baby lying awake in the morning, babbling in the cot? Today, call back from the landing: ‘Good morning, I can hear you, I’m coming!’ And then really come. Your baby discovers that their voice reaches you, even when you can’t be seen yet. Tomorrow, try babbling back through the door and listen for an answer.

flying-with-your-baby =
    .title = Flying with your baby: you’re the piece of home
    .body = Flying soon, perhaps to see family? Hold your baby close during take-off and landing; many parents offer the breast, a bottle or a dummy then. During the flight, walk the aisle now and then with your baby on your arm. Everything sounds and smells different, but your body, voice and smell are the same as at home. Crying anyway? You only need to reassure your baby, not the whole plane.

two-babies-on-one-blanket =
    .title = Two babies on one blanket
    .body = Visiting someone with a baby of about the same age today? Lay or sit the two together on a blanket, each with their own parent just behind. Babies often find other babies fascinating: they stare, laugh, grab. Say what you see: ‘Look, Noor’s got socks too!’ From the safe spot beside you, your baby gets to know another child. A hand reaching for eyes or hair? Gently guide it to a hand.

own-room-you-still-come =
    .title = A room of their own: you still come as fast
    .body = Has your baby recently moved into their own room? Today, make sure you can hear them well, with a baby monitor or a door left ajar, and go to them just as quickly as when the cot was beside you. Your baby learns that a wall in between changes nothing about who comes. Keep everything else about sleep the same: on their back, in a sleeping bag, no cuddly toys, pillows or cloths in the cot.

same-walk-same-stop =
    .title = The same walk with the same stop
    .body = Often out walking with your baby? Today, pick one fixed stop on your usual route: the ducks at the pond, the big tree, the baker’s on the corner. Stop there every time, say the same little phrase, ‘Hello, ducks!’, and look together for a moment. A fixed point makes the walk predictable, and what your baby can expect feels safe. After a while they may start kicking just before the corner.

spat-out-try-again-another-day =
    .title = Spat it out? Another chance another day
    .body = Does today’s new food come straight back out, or are the lips clamped shut? Say lightly, ‘Not today, then’, and clear it away, without forcing or grumbling. Lots of babies need to taste something new many times before they like it, and a relaxed table matters more than an empty bowl. Offer it again in a few days. Worried about eating or growth? Ask the consultatiebureau (child health clinic).

grass-under-bare-feet =
    .title = Grass under bare feet for the first time
    .body = Dry and not too cold? Sit your baby on a blanket at the edge of the grass, take their socks off and let feet or hands feel the grass. With something new, your baby often looks at your face first. Show you enjoy it: ‘Tickly? Have a feel!’ Your relaxed face tells your baby it’s safe. Watch what goes in the mouth. Feet pulled back? Try again tomorrow, or with sand.

give-and-take-thank-you =
    .title = Give and take: ‘For me? Thank you!’
    .body = Is your baby passing a toy from one hand to the other today? Hold your open hand alongside: ‘For me?’ If they manage to let go, say a delighted ‘Thank you!’ and hand it straight back. Giving, getting and giving again is a first back-and-forth with objects, and your baby discovers: what I do makes something happen. Not letting go yet? Turn it round: you give, your baby takes.

phone-call-baby-on-your-lap =
    .title = A call to make? Tell your baby, then come back
    .body = Need to make a call today while your baby wants you? Take them on your lap or put them where they can see you, and say it first: ‘I’m making a call, then I’m all yours again.’ Keep a hand on your baby. Afterwards, really put the phone away: ‘There, I’m back.’ Your baby learns that your attention can go away for a bit and come back. Grizzling during the call? Perfectly normal.

photos-of-the-first-weeks =
    .title = Look through the photos of the first weeks together
    .body = Today, with your baby on your lap, get out the photos from the first weeks. Tell the story: ‘Look how tiny you were. You held my finger so tightly.’ Your baby doesn’t understand the words yet, but hears your warm voice and sees your face. And you see how much you’ve already been through together, the hard days too. Was the start difficult? Tell it as it was; it’s part of your story.

light-spot-on-the-wall =
    .title = A spot of light that vanishes and comes back
    .body = Sun through the window, or a torch to hand? Use a small mirror or the torch to make a spot of light dance on the wall, never in your baby’s eyes. ‘Where’s the light? There!’ Hide it behind your hand for a moment and let it reappear. Through play your baby learns that what’s gone can come back, and that you bring it back. Baby looking at you instead of the light? Best turn of all.

sitting-up-roll-a-ball =
    .title = Sitting up? Sit face to face
    .body = Can your baby sit alone for a little while, with cushions around for when they topple? Today, sit opposite them on the floor, your feet almost touching theirs, and roll a soft ball slowly towards them. If they grab it or push it back, cheer. Sending something back and forth at the same eye level is a new kind of playing together. If they tip over: a quick comfort and back up again.

twenty-minutes-as-a-couple =
    .title = Twenty minutes together, no nappy talk
    .body = Raising your baby with a partner? Plan twenty minutes for the two of you this week, while your baby sleeps or is with someone you trust: tea on the sofa, a walk round the block. Don’t talk about sleep, food or chores for once. Parents who feel backed up by each other often have more patience left for their child. On your own? Plan those twenty minutes with a good friend or family member.

visiting-a-great-grandparent =
    .title = Visiting a great-grandparent
    .body = Taking your baby to see a great-grandparent or another elderly relative today? Keep your baby on your lap, close to them, and let an old hand gently touch a little hand. Sing a song together that everyone knows. Watch your baby: a strange room, new smells and a new face are a lot at once; when your baby looks away or squirms, that’s enough. A short visit that feels good is a gift for everyone.

blanket-tent-for-two =
    .title = A sheet tent for the two of you
    .body = Rainy day indoors? Drape a sheet over two chairs or the table and crawl under together, your baby beside you on a blanket or on your lap. The light goes soft, sounds go muffled, the world shrinks to just you two. Sing softly, or lift a corner: ‘Who’s in there? You!’ A den of your own shows your baby you’re fully there, no phone, no rush. It’s for playing; sleep stays in their own cot.

after-an-argument-in-earshot =
    .title = Argued while your baby was there?
    .body = Were there harsh words today between you and another adult, with your baby nearby? Babies hear the tension in voices, even without understanding a word. Afterwards, pick your baby up calmly and speak softly: ‘That was a loud voice, wasn’t it? It’s all right now.’ If you can, let them see you being friendly with each other again. Not feeling safe at home? Talk to your GP.

say-whats-on-the-spoon =
    .title = Say what’s on the spoon
    .body = Is your baby having a few spoonfuls today? Say what’s on the spoon while they look, smell and taste: ‘This is banana. Soft and sweet.’ Or: ‘Warm, let’s blow on it.’ Talk in whichever language comes easiest to you; at home that can be your own. Your baby hears the word just as they taste the thing, and that’s how words get meaning. Eating too? Say what’s on your plate as well.

cautious-or-bold-own-style =
    .title = Cautious or bold: your baby has their own style
    .body = Watch today how your baby approaches something new: an unfamiliar toy, a dog, a new taste. Do they grab straight away, or look for a long, careful while first? Both are fine. Give a careful baby time, and keep a hand near a bold one. Say what you see: ‘You like a good look first, don’t you?’ That way your baby feels seen, just as they are.

not-shy-knows-their-people =
    .title = Not shy: your baby knows their own people
    .body = Does your baby suddenly cry today with someone who could hold them easily before, an aunt or a neighbour? And does someone say ‘So shy!’ or ‘Spoilt!’? Answer kindly: ‘Our baby knows very well now who their people are.’ From around six months many babies grow wary of less familiar faces; it’s a step forward, not a character flaw. Your baby hears in your tone that they’re doing nothing wrong.

call-their-name-and-wait =
    .title = Call their name and wait for them to turn
    .body = Is your baby sitting and playing a little way from you today? Say their name cheerfully and wait. Many babies around this age start turning when they hear their name. If yours turns round, reward it with a big smile and ‘Yes, I mean you!’ That way their name becomes a sound that means: someone wants to connect with me. Try to use it more often for nice things than for ‘no’.

stranger-leans-over-the-pram =
    .title = A stranger leans into the pram? Step in
    .body = Does a stranger lean over the pram today, in a shop or on the street, and your baby’s lip starts to wobble? Move beside the pram, put a hand on your baby and talk to them: ‘That lady thinks you’re lovely. I’m here.’ You may kindly ask the other person to step back a little. Your baby learns that you keep watch when something feels scary, and your calm voice tells them it’s okay.


high-chair-at-the-family-table =
    .title = A place at the family table
    .body = Pull the high chair up to the ordinary meal today, where your baby sees the faces at the table, rather than feeding them separately and earlier. Eating alone with your baby? Then eat at the same time, facing each other. Talk to them too: ‘Look, we’re eating together.’ That way your baby belongs: to the faces, the noises, the chatter. Can’t manage it every day? One shared meal a week counts too.

finger-food-side-by-side =
    .title = They help themselves, you sit beside them
    .body = Sit your baby upright in the high chair today and put a few soft pieces on the tray, such as well-steamed carrot or banana. Let them grab, squash and taste. Sit calmly beside them, phone away, and stay there as long as there’s food. Your baby discovers things at their own pace, with your familiar face to look at. Mess is part of it; a towel under the chair helps.

head-turned-away-at-the-spoon =
    .title = Head turned from the spoon? That’s enough
    .body = Does your baby turn their head from the spoon today, push your hand aside or press their lips shut? Say ‘You’ve had enough, haven’t you?’ and stop, even if there’s some left in the bowl. Your baby learns that their signals are heard, at the table too. Simply offer again later or tomorrow. Unsure whether they’re getting enough? Ask at the consultatiebureau (child health clinic).

shuffling-their-own-way =
    .title = Bottom shuffling gets you places too
    .body = Does your baby shuffle along on their bottom, commando-crawl on their tummy or prefer to roll across the room? Get down on the floor today and join in their way: ‘Off you go on your bottom!’ Every baby finds their own way of getting somewhere, and cheering for theirs says: you’re fine just as you are. Still worried about how they move? Talk it over with the consultatiebureau (child health clinic).

anxious-thoughts-that-linger =
    .title = Anxious thoughts that won’t go away?
    .body = Still checking often at night that your baby is breathing, hardly able to leave your baby with anyone, or always picturing what could go wrong? Worry is part of parenting, but when anxiety starts to run your days, you needn’t carry it alone. Tell your GP (huisarts) or the consultatiebureau (child health clinic) this week, even if the birth was months ago. Good help exists. Asking is strength.

crawl-round-at-baby-height =
    .title = Crawl round the room yourself
    .body = Get down on your hands and knees today and crawl round the room where your baby plays. What do you see down there? Sockets, cables, a plant, small bits under the sofa. Make one corner completely safe, so that there you can mostly say ‘yes’ instead of ‘no’. A baby who can explore freely while you sit nearby, relaxed, dares to try more. The rest of the house can follow step by step.

creaming-dry-skin-slowly =
    .title = Applying cream as a calm moment of touch
    .body = Does your baby have dry or sore skin that needs the cream your GP or the consultatiebureau (child health clinic) advised? Don’t make it a quick chore. Warm the cream in your hands, say what you’re doing and spread it with slow, steady strokes: ‘Now your arm, now your knees.’ A must-do becomes a moment of touch and attention. Baby wants to be off? Then just do the spots that really need it.

clinic-check-on-your-lap =
    .title = On your lap at the clinic
    .body = Appointment at the consultatiebureau (child health clinic) or the GP? Ask if your baby can stay on your lap as much as possible. On the scales or the examination table, stay in sight, keep a hand on them and say what’s happening: ‘Just weighing you, I’m here.’ Many babies this age are startled by unfamiliar hands; your voice and hand say it’s safe. Tears anyway? That’s normal.

playground-swing-push-from-the-front =
    .title = On the swing: push from the front
    .body = Going to the playground today? Put your baby in a baby swing with a snug bucket seat and push from the front rather than from behind, so you see each other on every swing. Start very low: ‘Off you go… and back!’ You can tell straight away whether your baby finds it fun or scary, and your baby sees your delight. Looking tense? Stop the swing and hold their feet. Laughing? Then again.

gone-and-back-in-daily-life =
    .title = Gone… and back again
    .body = Say out loud today what disappears and comes back: ‘The bathwater’s gone… there’ll be new water tomorrow.’ ‘There goes the tram. Look, here comes the next one!’ ‘Grandma’s going home; she’ll be back on Saturday.’ Around this age babies grasp more and more that things still exist out of sight. Your words make going away ordinary, part of coming back. Tomorrow it will already sound more familiar.

bath-pouring-turns =
    .title = Pouring in the bath, taking turns
    .body = Bring a small cup into the bath today. Pour a little water over your baby’s hand: ‘Splash!’ Then hand over the cup and wait. Your baby might pour over your hand, or over their own tummy. React with surprise and give them another turn. A back-and-forth like this is a conversation without words. Keep one hand on your baby, and never leave them alone in the bath, not even for a towel.

babble-answered-as-a-word =
    .title = Sounds like a word? Answer it
    .body = Does your baby say something like ‘ba’, ‘da’ or ‘mam-mam’ today while looking at something? Answer as if it were a real word: ‘Ba? Ball! Yes, there’s the ball.’ Your baby finds out that sounds do something: someone listens, understands and gives something back. Guessed wrong? No problem, trying is what counts. Tomorrow, repeat one sound a few times and see whether they say it back.

teething-evening-close =
    .title = Teeth coming? Stay extra close
    .body = Is your baby grizzly today, drooling a lot and biting on everything? A tooth may be on its way. Offer a teething ring from the fridge (not the freezer) and hold them close. Say what you see: ‘Your mouth hurts, doesn’t it?’ Your calm helps your baby bear the discomfort. A fever, or unsure about pain relief? Ask your GP or the consultatiebureau (child health clinic).

im-coming-to-get-you =
    .title = ‘I’m coming to get you!’ A crawling game
    .body = Is your baby crawling or shuffling yet? Get down on your hands and knees today and say in a thrilling voice: ‘I’m coming to get youuu…’ Crawl slowly after your baby and catch them at the end with a cuddle. Many babies shriek with laughter, because the suspense always ends well. Do keep watching: if your baby looks scared or starts to cry, stop straight away, smile and say: ‘It’s only a game.’

lift-the-flap-book =
    .title = A lift-the-flap book: who’s behind it?
    .body = Get out a sturdy lift-the-flap book today and lift the flaps together: ‘Where’s the cat? There!’ Let your baby pull the flap themselves, even if it gets a bit crumpled. It’s peekaboo on paper: something is gone for a moment and turns out to still be there. A short pause before the flap opens builds the suspense. No such book at home? The library usually has sturdy baby books.

looking-for-the-dropped-toy =
    .title = Your baby looks for what fell
    .body = Does something slip from your baby’s hands today, and do they peer over the edge of the high chair or towards where it rolled? Say what you see: ‘You’re looking for your block! You know it’s still there.’ Wait a moment before picking it up, and look together. Your baby notices that you understand what’s going on in their head. That searching is a big step: they remember something out of sight.

grandparent-looks-at-the-toy-first =
    .title = Tip for grandparents: look at the toy first
    .body = Does your baby cry today when a grandparent or aunt they haven’t seen for a while comes near? Explain that this is very common around this age, and share a tip: sit on the floor, look at a toy rather than straight into the baby’s face, and slowly slide it closer. A gaze that doesn’t come too near feels less scary. From your lap, your baby sets the pace.

holding-another-baby =
    .title = Jealous when you hold another baby?
    .body = Do you take a friend’s baby on your lap, and does your own start to whimper, crawl over or tug at you? Around this age many babies show that they’d like you to themselves. Say what you see: ‘You want to be with me too, don’t you? Come here.’ Make room on your other knee, or hand the other baby back for a moment. It isn’t fussiness; it shows how much you matter.

crawl-to-your-arms =
    .title = Come here, into my arms
    .body = Sit on the floor a few metres from your baby today, open your arms and softly call their name. Do they crawl, shuffle or roll your way? Catch them with a cuddle: ‘You made it to me!’ Your baby learns that coming to you is always welcome. Would they rather carry on playing? That’s fine too; just watch along and try again later.

hair-wash-without-a-fight =
    .title = Washing hair without a battle
    .body = Does your baby start crying as soon as their hair has to get wet? Make it the same short sequence every time and say each step first: ‘First your flannel, then water on the back of your head.’ Give your baby a dry flannel of their own to hold or press against their forehead, and pour slowly from a cup, from behind. Done quickly, then a cuddle in the towel. It needn’t happen every bath.

wave-at-the-window =
    .title = Waving at the window
    .body = Is someone in the family heading out today, to work, school or the shops? Make it a set moment: at the window with your baby, waving, ‘Bye! See you this afternoon!’ The one leaving keeps waving until they turn the corner. Leaving becomes something your baby sees happen, instead of someone who has suddenly vanished. In a few weeks your baby may start waving too.

first-teeth-brushing-on-your-lap =
    .title = Brushing those first teeth on your lap
    .body = First teeth through and starting to brush? Make it a short, fixed ritual: your baby on your lap, head resting against you, and the same brushing song every time. Let your baby watch you brush your own teeth first, with a big grin. Brushing becomes a predictable moment together, not a struggle. Lots of protest? A few seconds is enough for now; tomorrow you’ll get a little further.

visiting-a-home-full-of-breakables =
    .title = Visiting a home full of breakable things
    .body = Visiting someone without small children, with glass tables and plants on the floor? Bring a little bag with a few of your baby’s own toys and a blanket. Spread the blanket in a safe spot, sit on it yourself and let your baby explore there. That’s calmer than saying ‘no’ and lifting them away twenty times. From your spot, your baby also dares to look around more. A tour of the room? On your arm.

book-of-familiar-faces =
    .title = A little book of familiar faces
    .body = Stick photos of the people who often care for your baby in a small album or notebook today: you, a grandparent, the sitter, their regular carer at childcare. Leaf through it together and say the names: ‘Look, there’s Grandma!’ Those familiar faces stay close, even when someone isn’t around for a while. Let your baby turn the pages; a few creases are part of it.

work-trip-photo-and-voice =
    .title = Away for work: your voice stays home
    .body = Going away for a few days for work? Before you leave, record a short voice message with the bedtime song and ‘Sleep well, I’ll be back soon.’ Whoever is at home plays it at the same moment each evening, next to a photo of you at baby height. That keeps something familiar of you in your baby’s day. Otherwise say goodbye as you always do: no longer than usual, and no sneaking off.

back-from-a-work-trip =
    .title = Back from a trip? Give it a day
    .body = Home after a few days away, and your baby eyes you like a stranger, or clings to whoever stayed at home? That’s normal and usually passes quickly. Don’t take over everything at once: join in with the bath or the meal first, and let your baby come to you. Contact comes back in small moments. Does it sting? Say so to someone you trust.

cup-of-their-own =
    .title = Cheers! A cup of their own
    .body = At mealtime today, put a small open cup with a splash of water in front of your baby, and take a glass yourself. Have a sip, say ‘Mmm, cheers!’ and let your baby copy you, with your hand loosely under their cup. Babies learn a lot by copying you, and doing something together feels like belonging. Spilling is practice: a bib and a cloth are all you need.

sharing-a-room-with-a-sibling =
    .title = Your baby moves in with a big brother or sister
    .body = Is your baby moving into an older child’s bedroom? Work out a fixed bedtime order together: the baby first, with the older one joining in the song, then the older one gets your attention for a whisper-quiet book. Tell the older child what happens if the baby wakes at night: ‘Then I’ll come; you keep sleeping.’ The cot stays empty of cuddly toys and pillows. The first nights are often a bit bumpy.

they-crawl-after-you =
    .title = Your baby follows you
    .body = Heading to the kitchen today, and your baby comes crawling or shuffling after you? Greet it like a visit: ‘Hey, you came to find me! Here I am.’ Crouch down for a moment, then carry on with what you were doing, your baby beside you in a safe spot. Your baby is checking you’re still there, and finds that looking for you pays off. A little shadow is tiring, and also a compliment.

bedtime-protest-stay-a-while =
    .title = Crying as soon as you leave the bedroom
    .body = Does your baby protest these weeks as soon as you try to leave after the bedtime routine? Around this age babies notice more sharply that you’re going. Tonight, stay by the cot a little longer, a hand on their tummy or a soft song, until they settle. At the door, use the same sentence every time: ‘Sleep well, I’m close by.’ More closeness now won’t make your baby more dependent.

nappy-change-wriggler =
    .title = A nappy change with a crawler
    .body = Does your baby keep rolling away during nappy changes today, off to something interesting? That isn’t being difficult: your baby wants to move. Give them a job: ‘Can you hold the clean nappy?’, or a toy that only comes out at changing time. Say briefly what you’re doing at each step and always keep one hand on your baby. Changing table not working? A mat on the floor works too.

pushes-you-away-when-overtired =
    .title = Your baby pushes you away when it’s all too much?
    .body = Does your baby arch their back, push against your chest or twist away when you try to comfort them, say when overtired or cross? That isn’t rejection: sometimes being held is simply too much for a moment. Sit down close by, keep your hands open and say softly: ‘I’m here. If you want, I’ll pick you up.’ Less light and noise often helps. After a little while, most babies come to you by themselves.

moving-house-same-cot =
    .title = Moving house: the cot stays the same
    .body = Moving house? Pack your baby’s cot, sleeping bag and a few toys last and set them up first in the new place. For the first few days, keep the daily rhythm and bedtime routine as ordinary as you can, boxes or no boxes. Among everything new, you and those familiar things are what your baby holds on to. A few unsettled nights after a move are normal.

the-other-parent-goes-at-night =
    .title = Always you at night? Let the other parent go
    .body = Does the same parent nearly always go to your baby at night, and are they running on empty? Agree that the other one goes for a few nights, with the same words, song and hand on the tummy. Protest is common in the first nights; the other parent simply keeps comforting. Your baby finds out that these arms are safe at night too. Crying getting very intense? Swap back and try again later.

so-big-arms-up =
    .title = ‘How big is the baby?’
    .body = Play ‘How big is the baby? Sooo big!’ today, stretching your arms high in the air. Do it a few times with a big smile, then gently help your baby’s arms up. Around this age, copying becomes a new way of connecting: I do what you do. Not copying you yet? Your baby is most likely enjoying your face already; imitation often comes a little later.

floor-mirror-appear =
    .title = Who appears in the mirror?
    .body = Fix an unbreakable mirror firmly and low against the wall today, so your baby can crawl or shuffle up to it. Are they looking in? Pop up behind them in the mirror: ‘Hey, who’s that? Me!’ Disappear for a moment, then come back. Your baby sees you in the mirror, feels you close for real and gets to puzzle out how that works. Do they turn round to the real you? Clever!

sibling-tower-and-crawler =
    .title = When the baby topples the big one’s tower
    .body = Is your baby crawling straight for an older child’s block tower today? Acknowledge the big one first: ‘Oh no, you worked so hard on that.’ Give them a spot the baby can’t reach, like the table or behind the gate, and give the baby something of their own to knock over. When both children feel seen, sharing a room gets easier. Clashes are part of it.

bored-on-the-play-mat =
    .title = Bored while playing sometimes?
    .body = Handing back the block for the tenth time and sneaking a look at the clock? That happens to so many parents, and it says nothing about your love. Today, choose something you enjoy too: your own music on and moving together, a walk where you tell what you see, leafing through a cookbook side by side. What your baby enjoys most is a parent who is having fun too. Ten real minutes are plenty.

worrying-news-from-far-away =
    .title = Worrying news from far away
    .body = Is bad news coming from the country where your family lives, like an earthquake, a flood or war, and do you keep scrolling? Today, choose two set times to follow the news, and put your phone away during your baby’s meals, bath and bedtime. Tell someone how you are doing. Your baby can’t carry your worries, but can feel your calm arms. Showing sadness is allowed too.

hospital-stay-fixed-point =
    .title = A hospital stay: you’re the fixed point
    .body = Does your baby need to stay in hospital? Ask if you can sleep there and be present for examinations, and bring their own sleeping bag and a familiar song. Say beforehand what’s going to happen: ‘The nurse is coming now, I’m holding you.’ Among strange faces and sounds, your closeness is the safest thing your baby has. Take turns with someone if you can; you need to eat and sleep too.

car-seat-protest-name-it =
    .title = Furious in the car seat
    .body = Does your baby arch their back and cry today as you buckle them into the car seat? A baby who has just learned to move often hates being strapped in. Say what you see: ‘You don’t want to be strapped in, you want to crawl. I get it.’ Buckle up calmly anyway, because safety comes first. A regular car song or a toy that only lives in the car may make the next trip easier.

when-someone-is-harsh-with-your-baby =
    .title = When someone else is harsh with your baby
    .body = Does a grandparent tap the little hand reaching for a cup, or does an aunt call your baby ‘Naughty!’? Stay calm, pick your baby up and tell your baby what happened: ‘That gave you a fright. You wanted that cup.’ Later, one to one, explain kindly: ‘At this age a baby can’t understand that yet. We lift them away and offer something else.’ That way you stay your baby’s safe harbour.

redirect-not-scold =
    .title = Not the cable? Offer something else
    .body = Does your baby keep heading for the cable, the plant or the cat’s litter tray today? Lift them away calmly, say briefly ‘That’s not for you’ and straight away offer something else: ‘But this spoon is!’ Use the same calm tone every time. Your baby doesn’t understand the rule yet, but does learn that your response is predictable and kind. Ten times a day? That’s how it goes at this age.

stuck-standing-call =
    .title = Standing works, sitting down doesn’t yet
    .body = Does your baby pull up on the sofa or the cot bars, then call out because getting back down doesn’t work yet? Go over and help calmly: bend the knees together, ‘And sit… plop!’ Come each time they ask, even in the middle of the night. Your baby learns: when I’m stuck, someone comes. Now is the time to lower the cot base to its lowest setting. Once sitting down works, the calling eases.

bubbles-wait-for-more =
    .title = Bubbles: wait for ‘again!’
    .body = Blow a few soap bubbles for your baby today, holding the pot yourself. Blow them above your baby, not into their face, and watch them float and pop together. Then stop and wait: does your baby ask for more, with a sound, waving arms or a look at the pot? ‘Again? Here they come!’ Your baby discovers that their own signal makes something happen. Looking away? Then that’s enough for now.


a-talk-with-childcare-about-your-baby =
    .title = A talk with childcare about your baby
    .body = Has childcare planned a parents’ meeting, or has your baby been going for a few months now? Bring three things you see at home: what comforts, what your baby is busy with now, what’s tricky. Ask what they see too: who your baby likes to play with, when things are hard. Home and childcare then complement each other, and your baby is understood the same way in both places. None planned? Ask for one.

keep-your-return-promise-out-loud =
    .title = Say it out loud: back, as promised
    .body = At goodbye, promise only what’s true: not ‘Back in a minute’ when you’ll come after the afternoon nap, but ‘I’ll fetch you after your nap’. Then say it again at pick-up: ‘I said after your nap, and here I am.’ Your baby can’t follow the words yet, but does pick up the pattern: whoever leaves comes back. Each time it holds true, that pattern gets a little sturdier.

staying-behind-say-what-happens =
    .title = Staying behind? Say what’s happening
    .body = Is someone heading out of the door today while your baby cries in your arms? Don’t reach for a toy to distract them straight away. First say what’s happening: who has gone, when they’ll be back, and ‘You’re sad, aren’t you? I’m here with you.’ That way your baby doesn’t carry the missing alone. A song or a look out of the window is fine afterwards, once the worst crying has eased.

pulling-to-stand-you-close-by =
    .title = Pulling up alone, with you close by
    .body = Is your baby pulling up on the sofa or the edge of the playpen? Rather than standing them up yourself, sit on the floor right beside the sofa. Keep a hand ready as a safety net and only help when your baby asks for it. It may take ten tries, and that’s exactly right: your baby discovers what they can do alone, while you make sure it feels safe.

late-at-pickup-make-it-right =
    .title = Late for pick-up? Make it right
    .body = Were you late for childcare today, and was your baby the last one waiting with the carer? Guilt helps no one; repair does. Get down to eye level, hold your baby close and say: ‘I was late. You waited for me. Now I’m here.’ Thank the carer who looked after your baby. At home, take a little extra time together, no rush. Happening more often? See who else could do a pick-up now and then.

twins-both-want-you-at-once =
    .title = Twins, and both want you at once
    .body = Do you have twins, and do both want you at the same time today? Pick one up, sit on the floor next to the other and rest your free hand on their back. Talk to both: ‘I hear you too, you’re next on my lap.’ Take turns over who goes first. Your voice and your hand tell the waiting one they haven’t been forgotten. A little crying while they wait is OK; nobody comforts two at once perfectly.

costumed-figure-no-photo-on-their-lap =
    .title = A costumed figure? No photo on their lap
    .body = Does someone in costume, like Sinterklaas, a clown at a party or a mascot in a shop, want your baby on their lap for a photo, while your baby clings to you? Don’t hand your baby over. Take the photo with your baby on your own arm beside them, or skip it. Say what you see: ‘That big figure is scary, isn’t it? I’m holding you.’ A fear taken seriously makes a child not more fearful, but safer.

a-sock-puppet-says-hello =
    .title = A sock puppet says hello
    .body = Today, pull an old sock over your hand, draw on two eyes and let the puppet greet your baby in its own little voice: ‘Hello! May I have your nose?’ Then let the puppet duck away shyly, dance happily or yawn, and say what it feels: ‘Puppet is tired.’ That way your baby sees feelings acted out big and playfully, safe on your lap. Baby startled? Then let the puppet speak very softly and slowly.

a-religious-service-with-your-baby =
    .title = Taking your baby to a mosque, church or ceremony
    .body = Going with your baby to a service at the mosque, church or temple, or to a ceremony where quiet is expected? Sit at the side or at the back, bring one quiet, familiar thing and let your baby watch the people and listen to the voices from your lap. If your baby gets restless, step outside for a bit and come back. Your calm counts for more than perfect silence.

friends-without-children =
    .title = Lost touch with friends without children?
    .body = Do you hardly see friends without children any more, because your days revolve around naps and their plans start at ten at night? Today, message one friend with an idea that does fit: a walk with the buggy, lunch at your place during the afternoon nap. Friendship gives you breathing space, and a parent with breathing space has more patience. Not everyone will join in, and that’s all right too.

feeling-closer-to-one-of-your-children =
    .title = Feeling closer to one of your children right now?
    .body = Easy with the baby but clashing with your eldest, or the other way round, and ashamed of it? Many parents know this: a bond has phases, and that says nothing about your love. Today, ask someone who knows that child well, like a grandparent or the childcare worker, what they enjoy about them. Then watch for exactly that. Still nagging? Talk about it at the consultatiebureau (child health clinic).

a-cupboard-they-may-empty =
    .title = A kitchen cupboard they’re allowed to empty
    .body = Is your baby hanging on your legs while you cook? Today, fill one low kitchen cupboard with things that are safe to pull out: plastic tubs, a pan with a lid, wooden spoons. Your baby may empty it, right next to you. That way they explore the world with you close by, chatting back now and then: ‘You found the pan!’ Tomorrow, swap in a few different things.

dropping-game-from-the-high-chair =
    .title = The dropping game: join in, then stop kindly
    .body = Is your baby throwing the spoon off the high chair again and again today, then looking at you? It isn’t teasing, it’s a game: I drop, you pick up. Join in happily a few times: ‘Bump! Gone… and here it is again.’ Had enough? Announce the end: ‘One more time, then the spoon stays put.’ Stick to it and stay friendly, even if your baby protests. Your baby learns that a limit doesn’t have to be angry.

a-cuddle-given-back =
    .title = A cuddle given back? Stand still a moment
    .body = Does your baby put their arms round your neck today, or pat your back while you hold them? It may be one of the first cuddles your baby gives you of their own accord. Stop what you were doing, stand still and take it in: ‘What a lovely cuddle you’re giving me.’ Your baby feels that what they give is received. It won’t happen every day, and that’s what makes it so special.

where-is-the-lamp =
    .title = Where’s the lamp?
    .body = At a calm moment today, ask: ‘Where’s the lamp?’ and wait a little. Around this age many babies understand a few words and will start looking around. If your baby looks at the lamp, say happily: ‘Yes, there’s the lamp!’ You’re looking at the same thing together, and your baby notices that you understand. No look yet? Look at the lamp yourself, name it and try again another day.

announce-the-hoover-first =
    .title = Announce the hoover first
    .body = Does the hoover frighten your baby? Today, leave it switched off at first and let your baby look at it and touch it from your lap. Then say, ‘Now it’s going to roar,’ and switch it on briefly at the far side of the room. A noise that’s announced is less scary than one that takes you by surprise. Tears anyway? Switch it off, hold your baby close and try again another day, a bit further away.

fireworks-or-thunder-inside-together =
    .title = Fireworks or thunder: inside together
    .body = Fireworks or a thunderstorm tonight, and your baby wakes with a start? Go in, pick them up and say calmly what it is: ‘That’s thunder. It’s loud, but we’re inside. I’m with you.’ Sit in the quietest room with the curtains closed and breathe out slowly yourself. Your baby borrows your calm, even if you don’t like the noise either. Once asleep, lay them on their back in their own cot.

one-adult-on-duty-at-a-party =
    .title = At a party, one adult is ‘on duty’
    .body = Going to a wedding, birthday or big family party, where everyone wants to hold your baby and there’s alcohol around? Agree beforehand who is ‘on duty’ each hour: that person keeps an eye on your baby, stays sober and alert, knows where the nappy bag is and responds when your baby cries. Then no one has to half-watch, and the rest can really enjoy the party. Take turns with someone you trust.

a-switch-before-you-walk-in =
    .title = Coming home tense? Switch over first
    .body = Coming home from work tense, your head still on that email or row? Take two minutes before the front door: stay in the car or on the doorstep, breathe out slowly a few times and think of something you look forward to with your baby. Then go in and greet your baby first, bag and phone later. Your stress isn’t the first thing through the door. Didn’t manage? Say: ‘I’m here, I need a moment.’

two-homes-same-bedtime-song =
    .title = Two homes, the same bedtime song
    .body = Does your baby live partly with you and partly with the other parent? Agree together on a few things that go the same way in both homes: the bedtime song, the words at bedtime. At handover, pass on briefly how things went, or let a notebook travel in the bag. Then your baby doesn’t have to guess afresh in each home what comes next. Tears at the switch? That’s saying goodbye, not a bad sign.

school-gate-greet-the-big-one-first =
    .title = At the school gate: the big one first
    .body = Picking up an older child from school or childcare, with the baby on your hip or in the buggy? Greet the big one first: crouch down, eyes level: ‘There you are! I missed you.’ The baby watches and can join in afterwards. After a day without you, that’s the moment your eldest needs you most. On the way, ask about one thing from their day, and let the baby’s babble simply chime in.

two-carers-the-same-no =
    .title = Two carers, the same ‘no’
    .body = Does one of you say ‘no’ at the stair gate and the other ‘oh, let it go’? With everyone who often cares for your baby, pick two or three things that are really off limits, like the stairs, the cooker and cables, and one word you all say, such as ‘Stop’. Put the list up for sitters and grandparents. Beyond that, everyone can have their own style. Then your baby knows where they stand with anyone.

when-the-familiar-carer-leaves =
    .title = When the familiar carer leaves
    .body = Is your baby’s regular childcare worker leaving, or is there a new face in the group? Ask if the familiar person can work alongside the new one a few times, so your baby can get used to the new arms. Tell the newcomer yourself how your baby likes to be comforted, and allow extra time at drop-off at first. More tears? That’s missing someone, not going backwards.

first-night-at-the-grandparents =
    .title = The first night at the grandparents’
    .body = Is your baby sleeping at the grandparents’ for the first time? Let them have a nap there first, while you’re still in the house. Pass on the bedtime routine: the same sleeping bag, the same song, the same words. Go through safe sleep together too, as it used to be done differently: on the back, in a bed of their own, nothing soft in it, no pillow or cuddly toy. Then you can sleep easy as well.

tidy-up-one-block-together =
    .title = One block in the box, together
    .body = Floor covered in blocks? Turn tidying up into a little game today: pick up one block together, hold out the box and say, ‘In the box… bump!’ Clap when it drops in. You tidy the rest while your baby watches or brings one more. The end of playtime becomes a fixed, cosy moment with you instead of something that just happens. Sing the same tidy-up song every time.

childcare-says-your-baby-bites =
    .title = Childcare says your baby bites
    .body = At pick-up, are you told your baby bit another child? No need for shock or shame: biting is common around this age, from excitement, frustration or teeth coming through, with no bad intent yet. Ask when it happens and how the carers respond, and do the same at home: a calm ‘Ouch, that hurts’, a moment’s distance, then back in contact. One approach in both places makes it clear to your baby.

a-screen-to-keep-them-quiet =
    .title = Your phone to keep your baby quiet?
    .body = In a waiting room, on the train or at a family meal, do you reach for a video on your phone to calm your baby? Understandable. Try something of your own first: whisper a song, look out of the window together, a bunch of keys, a finger game. Your face talks back; a screen doesn’t. Watching a clip together anyway? Keep your baby on your lap and talk about what you see.

the-cat-or-dog-and-your-crawler =
    .title = The cat or dog and your crawler
    .body = Is your baby crawling after the cat or dog and grabbing at tail and fur? Sit with them today, take the little hand and stroke slowly along the back together: ‘Gently, like this. Kitty likes that.’ Always give the animal a place to escape to, and never leave your baby and the pet alone together. Your baby learns from your hands what gentle feels like. It’ll still go wrong often, and that’s normal.

when-the-big-one-needs-you-more =
    .title = When the big one needs all your attention
    .body = Is your older child ill, having a hard week, or is a lot of time going to hospital visits, so your baby gets a bit less? That’s all right, as long as a few small, real moments remain. Today, choose two fixed minutes for your baby, say at a nappy change and before sleep: your face close, a song, full attention. And let someone else take your baby for a walk now and then.

small-home-big-explorer =
    .title = Small home, big explorer
    .body = Do you live in a small place, with barely any floor space for your crawling or standing baby? Today, find one spot outside where your baby can roam freely while you sit nearby: a playground with sand, a patch of grass, the library, a drop-in morning in the neighbourhood. At home, one cleared corner can be enough. Your baby doesn’t need a big house, just room to explore with you close by.

medicine-without-a-battle =
    .title = Giving medicine without a battle
    .body = Does your baby need syrup, ear drops or a nasal spray from the GP, and twist away or shriek? Say first what’s coming: ‘One squirt in your mouth, then it’s done.’ Hold your baby firmly and safely on your lap, do it calmly but quickly, and comfort straight afterwards with a cuddle or a song. It becomes a short, predictable moment rather than a struggle. Not working? Ask your GP for tips.

a-spoon-of-their-own =
    .title = A spoon of their own at the table
    .body = Does your baby keep grabbing the spoon when you feed them today? Give them a spoon of their own and put a few soft pieces on the tray to pick up, while you help with the other spoon. Eat something yourself at the same table, and stay with your baby while they eat. Your baby feels: I get to join in and try things myself, and you’re right here. It’ll get messy, and that’s part of it.

tired-signs-have-changed =
    .title = Your baby shows tiredness differently now
    .body = Did your baby use to yawn at sleep time, and now get wound up, clumsy, whiny or tug at their ears instead? In older babies tiredness often changes its face. Over the next few days, notice what you see in the half hour before a nap, and ask others who care for your baby what they notice. You’ll spot it sooner and can bring the nap forward. That’s how you keep getting to know your baby anew.

share-the-invisible-list =
    .title = Who remembers everything? Share the invisible list
    .body = Are you the one remembering the nappies are running out, the consultatiebureau (child health clinic) needs a call and it’s Grandma’s birthday? That invisible work drains energy. Today, with whoever shares the care, list what needs arranging around your baby, and split whole tasks, from remembering to doing. Less in your head, more room for your baby. On your own? What could someone else take on?

when-your-partner-is-struggling =
    .title = When your partner is struggling
    .body = Is your partner depressed, ill or burnt out, and are you now carrying most of the care? Today, find one person who can take over a fixed slot each week, so you get rest too. Keep small, manageable moments with the baby for your partner: together on the sofa, a song. Warm, ordinary attention is enough for your baby. Talk to your GP too, for your partner and for yourself.

copy-me-copy-you =
    .title = Copy me, copy you
    .body = Is your baby already copying things, like clapping or a little cough? Play a copying game today: do something simple, like tapping your head or blowing a kiss, and wait. If your baby copies, laugh and try something new; if your baby does something, you copy that. It becomes a conversation without words, taking turns to lead. Not yet? Then your baby would rather watch, and that’s fine too.

no-need-to-perform-at-the-check-up =
    .title = At the check-up, your baby needn’t perform
    .body = Off to the consultatiebureau (child health clinic), and does your baby suddenly refuse to wave, stand or pick up blocks there, though it works at home? Quite normal: in a strange room with an unfamiliar face, many babies watch and wait first. Just say what you see at home; you see your baby every day. On the way home, don’t make an exam of what didn’t happen. It was an ordinary day.

ramadan-suhoor-and-a-sleeping-baby =
    .title = Ramadan: suhoor at night, your baby sleeps on
    .body = Is the whole household up before dawn for suhoor during Ramadan, with lights, pans and voices? Keep it dark and quiet around your baby’s sleeping place: door shut, low voices. If your baby wakes anyway, do what you always do at night: dim light, few words, back to bed, even though everyone is awake. That way night stays night for your baby. And go to bed earlier yourself if you can.

suddenly-scared-of-the-bath =
    .title = Suddenly scared of the bath
    .body = Is your baby suddenly crying in the bath after always loving it? That’s quite common, sometimes because of the gurgling plughole or a slip one day. Make it feel safe first: less water, a towel on the bottom, or a bath together with you. Say what you see: ‘This feels scary, I’m holding you.’ A few days of just a flannel wash is fine too. In the bath, always keep a hand on your baby.

startled-by-your-no-repair =
    .title = Startled by your ‘No!’
    .body = Did you shout ‘No!’ today as your baby reached for your hot tea, and did your baby burst into tears? That makes sense: you got a fright, and so your baby did too. Pick them up as soon as you can and say softly: ‘I shouted because the tea is hot. It gave you a fright. I’m here.’ Repairing after a moment like that makes your bond stronger, not weaker. From now on, keep hot drinks up high.


face-wipe-after-eating =
    .title = After meals: their own go with the flannel
    .body = Does your baby turn away as soon as the flannel comes near after a meal? First give them a wet flannel of their own to wipe with, even if it mostly goes over the tray. Then say what you’re going to do, ‘Now your mouth, just quickly’, and wipe gently and briefly, from the side rather than straight across the face. That way it feels less like an ambush. Leaving a few smears is fine too.

grumpy-waking-from-the-nap =
    .title = Waking from the nap in tears
    .body = Does your baby wake from the afternoon nap crying or grumpy? Lift them out calmly and sit together on the sofa for a while before moving on to food or dressing. Dim light, few words, your arm around them. Some babies wake up slowly, and with your calm body as a starting point it comes more easily. Five minutes is often enough.

brings-you-the-coat-a-wish-without-words =
    .title = Your baby brings you the coat: a wish without words
    .body = Does your baby bring you your coat, the little shoes or a book, looking up at you expectantly? That’s a question without words. Say out loud what you think your baby wants: ‘You want to go outside! Good idea.’ Guessed wrong, and your baby pulls you to the bookcase? Now you know. Your baby finds out that showing works, even before words, and that you want to understand.

big-sibling-reads-to-the-baby =
    .title = The big brother or sister reads aloud
    .body = Does your older child want to do something for the baby too? Let them ‘read aloud’ today, even if they can’t read yet: telling the story from the pictures, doing the animal noises, turning the pages. Sit down together, the three of you, the baby on your lap. Say what you see: ‘Look, she’s watching you when you bark!’ Your eldest feels big, and the baby hears a voice that grows ever more familiar.

first-birthday-small-and-short =
    .title = A first birthday that fits a baby
    .body = Is the first birthday coming up? Plan the party around your baby’s day: after a nap, a few people your baby knows, and an end time you mention in advance. A short party with familiar faces suits a one-year-old far better than a full house all afternoon. Others can drop by another day. And if the cake is mostly for the grown-ups, that’s fine.

their-own-words-list =
    .title = A list of your baby’s own words
    .body = Does your baby use a sound that always means the same thing, like ‘ba’ for bottle or ‘woof’ for a dog, in any of your languages? Treat it as a real word and answer it. Write these words down today and share the list with grandparents or childcare. When everyone knows what ‘ba’ means, your baby feels understood in more than one place. Keep adding to it; it’s a lovely thing to keep.

buggy-stop-where-they-point =
    .title = On a walk, stop where they point
    .body = Out with the buggy today? When your baby points at a bird, a dog or a digger, stop and crouch down beside them. Name it, then wait: ‘A pigeon. It’s pecking.’ For a few minutes your baby sets the route and you follow. Being followed tells a child that what catches their eye matters to you. It makes for a slow walk, so pick a day when you’re not in a hurry.

word-with-a-hand-sign =
    .title = A hand sign with the word
    .body = Pick two or three words that come up every day, like ‘more’, ‘all gone’ or ‘sleep’, and give each a simple hand gesture. Today, use word and gesture together at meals and bedtime. Many babies can make a gesture before they can say the word, and being able to tell you something takes the edge off frustration. The words will still come; the gesture is a bridge until then.

calling-from-the-next-room =
    .title = When they crawl off, answer their call
    .body = Has your baby crawled into the hallway or the next room and now calls out or peeks back round the door? If that room is safe, answer from where you are: ‘I’m here, in the kitchen!’ Your voice is a rope to hold on to while they explore a little further. If they come racing back, welcome them and let them go again. You don’t need to fetch them every time.

shape-that-wont-fit =
    .title = When the block won’t go in
    .body = Is your baby getting cross because a shape won’t go through the hole or a lid won’t come off? First name it: ‘Grr, annoying, it won’t go in.’ Then help just a little: turn the shape the right way, and let them do the last push. Your words show the feeling is understood; the small help keeps it doable. If the tears keep coming: a cuddle first, the puzzle later.

another-child-grabs-the-toy =
    .title = Another child grabs the toy
    .body = Visiting friends or at the playground, and another child snatches the toy from your baby’s hands? Get down beside them and say what happened: ‘Hey, you had the ball. Now it’s gone. You don’t like that.’ Comfort first, then find something else together or calmly ask for the ball back. Your baby can’t share yet, but can feel seen in their frustration. The other child isn’t naughty, just little.

dressing-wait-for-the-arm =
    .title = Getting dressed: wait for the arm
    .body = Is getting dressed often a push and pull? Today, hold the sleeve open, say ‘Where’s your arm?’ and wait a few seconds. Around the first birthday many babies start to help a little: pushing an arm through a sleeve, lifting a foot. Say what you see: ‘There it is! You helped.’ Dressing becomes something you do together. Not happening today? Then you simply do it yourself.

baby-says-no-without-words =
    .title = Your baby says ‘no’ without words
    .body = Does your baby shake their head, push your hand away or turn aside when you offer something? That’s how many babies say their first ‘no’. Take it seriously today wherever you can: ‘No? Not teddy. Okay.’ If something must happen anyway, like a coat or a clean nappy, say you noticed: ‘You don’t want to, do you. Nearly done.’ A ‘no’ that’s heard teaches your baby that letting you know is worth it.

climbing-everything-cushion-mountain =
    .title = Climbing everything? Build a cushion mountain
    .body = Is your baby climbing everything these days, from the coffee table to the open dishwasher? Today, pile the sofa cushions and a few blankets into a low mountain on the floor and sit down next to it. Let your baby climb, roll and slide off, and mostly watch: ‘You’re right at the top!’ With you close, they dare something exciting and come back when it gets too wild. Tidy it away together afterwards.

hello-on-a-toy-phone =
    .title = ‘Hello, who’s that?’ A call on a toy phone
    .body = Is your baby always reaching for your phone? Pick up a toy phone or a block, hold it to your ear and say: ‘Hello? Oh, it’s you!’ Then hand it to your baby and wait. Answer every little sound as if it’s a real conversation, with pauses for your baby’s turn. That’s the back and forth of talking, practised face to face. Some babies babble back at once, others watch first; both are fine.

let-them-press-the-button =
    .title = Let your baby press the button
    .body = Does your baby point at the light switch, the doorbell or the button in the lift? Lift them up and let them press it themselves: light on, light off. Say what happens: ‘You turned the light on!’ Your baby discovers that their own actions make things happen, and with your delighted face alongside, that feels extra good. Sockets and cooker knobs stay off limits, of course.

stairs-with-you-right-behind =
    .title = Climbing the stairs, with you right behind
    .body = Is your baby drawn to the stairs? Choose a moment today to climb a few steps together, with you right behind and your hands close. Then practise coming down: turned round, on their tummy, feet first. Your baby gets to try something exciting while you’re the safety net. Afterwards, close the stair gate again: for now, the stairs are something you do together, not alone.

first-rides-in-the-bike-seat =
    .title = The first rides in the bike seat
    .body = Is your baby sitting steadily and coming along in a child seat on your bike? Start with a short ride at a quiet time, and keep chatting as you go: ‘Off we go! Look, a dog.’ In a rear seat your baby can’t see your face, so your voice tells them you’re there. Sing the same song on one familiar stretch each time. After a few rides your baby may recognise it and look forward to your cycling song.

back-to-the-childminder-after-a-break =
    .title = Back to the childminder after a long break
    .body = Was the childminder (gastouder) away for weeks, or your baby home a long time through illness or leave? Going back is almost like settling in again. Make the first day shorter, sit down together at drop-off until your baby reaches for the carer again, and say what has changed: new words, a different nap. More tears than before? Not a step back, just getting familiar again.

song-with-a-gesture-gap =
    .title = An action song, with a gap for your baby
    .body = Sing an action song today, such as ‘The Wheels on the Bus’ with round-and-round hands. After a few times, stop just before a gesture and wait, eyes wide. Many babies fill the gap with a wave, a clap or a sound of their own. That pause turns your song into a conversation in which your baby has a part. If they only watch for now, that’s fine: they’re storing it all away.

a-remark-that-keeps-nagging =
    .title = A remark that keeps nagging at you
    .body = Did someone say something about your baby that you can’t shake off, like ‘Isn’t she very quiet?’ or ‘He’s not saying anything yet, is he?’ Don’t carry it around alone, and don’t spend the night searching on your phone. Call the consultatiebureau (child health clinic) and tell them what you heard and what you see yourself. Often all is well, and if not, you’re there early. Asking isn’t fussing.

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
    .title = ‘Is the baby walking yet?’
    .body = At parties and family visits, the comparing starts: who’s walking, who’s talking? Have a sentence ready today: ‘We’re doing it at our own pace.’ Around one year, babies differ by months in when they walk or talk, and that’s normal. Your baby doesn’t need to keep up; they need someone who enjoys who they are. Real worries? Take them to the consultatiebureau (child health clinic).

no-forced-kisses-a-wave-will-do =
    .title = No forced kisses: a wave will do
    .body = Does an uncle, aunt or grandparent ask for a kiss, and your baby dives into your shoulder? Help both your baby and the adult: ‘We’re waving today. Will you wave back?’ Wave first yourself, without pushing. Your baby learns they get a say over their own body, and the other person still gets a greeting. Often the kiss comes later by itself, when your baby feels like it.

familiar-faces-in-your-street =
    .title = Familiar faces in your street
    .body = Do you pass the same neighbour, the baker or the newsagent every day? Greet them on purpose today, your baby on your arm: wave, say their name: ‘Look, there’s Ann.’ No need to hand your baby over; a smile and a wave from a safe distance are enough. That way the world outside your door becomes a little familiar, with you as the starting point. Maybe soon your baby will wave first.

petting-farm-from-your-arm =
    .title = At the petting farm, from your arm
    .body = Visiting a petting farm today? Carry your baby on your hip and let their body tell you how close to go. Leaning forward and pointing means ‘closer!’; stiffening or burying their face in your neck means ‘far enough’. Name what you see: ‘A goat. Meh!’ Keeping to the distance your baby picks turns something big and new into an adventure, not a fright. Next time, they often dare a bit more.

supermarket-point-and-hold =
    .title = At the shop, let them hold what they point at
    .body = Shopping with your baby in the trolley seat today? When they point at the bananas or the bread, name it and hand it over to hold for a moment: ‘Bananas. Shall we take some?’ Then let them drop it into the trolley. Your baby gets the word, the feel and the weight all at once, plus a job in a place that can feel busy. A quiet time of day makes this easier than the Saturday rush.

their-first-joke =
    .title = Laugh at your baby’s first joke
    .body = Does your baby hold out a toy and snatch it back just as you reach for it, or put a cup on their head and look at you? That’s a joke, one of their very first. Laugh along, play your part (‘Hey! Where did it go?’) and let them do it again. Sharing a laugh says: I see you, and I like what you do. Watch for the cheeky look they give you just before the next round.

grief-in-the-family =
    .title = Grief in the family, with a baby in your arms
    .body = Has someone died, with a funeral or a week full of visitors and sorrow? Ask one trusted person to look after your baby that day and take them outside when it gets too much. At home, keep to the bedtime routine. Crying where your baby can see you is allowed; just say softly: ‘I’m sad, and I love you.’ Your baby needn’t fix anything, but does need a steady arm. So do you: let people help.

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
    .body = Pick up a cup today and hold it to a teddy’s mouth: ‘Teddy’s thirsty. Mmm, lovely!’ Then hand the cup to your baby and see what happens. Around the first birthday some babies start to copy this. Say what you see: ‘You’re giving teddy a drink. That’s kind.’ Pretending is an early way of thinking about what someone else needs. Tomorrow, maybe teddy is sleepy.

first-shoes-shoes-on-we-go-out =
    .title = First shoes: ‘Shoes on, we’re going out!’
    .body = Is your baby taking a few steps, and are first shoes for outside on the way? Make putting them on a small ritual: let your baby hold one shoe, push their foot in together, and say the same words every time: ‘Shoes on, we’re going outside!’ Familiar words turn a fiddly job into a signal your baby learns to look forward to. Indoors, bare feet or grippy socks can stay.

in-the-park-feel-and-name =
    .title = In the park: let them feel, and give it a word
    .body = Going to the park or the woods today? Find a spot and give your baby things to feel: a leaf, a pine cone, a twig, the rough bark of a tree. Add one word: ‘Rough. Wet. Smooth.’ Feeling something while hearing your word makes language tangible, and you’re following what fascinates your baby. Small stones and berries don’t belong in little mouths, so keep a close eye.

familiar-face-looks-different =
    .title = A familiar face suddenly looks different?
    .body = New glasses, beard shaved off, a new haircut, or someone familiar suddenly in a hat or face mask? Is your baby startled, or eyeing you suspiciously? Talk in your usual voice first, and let your baby look and touch at their own pace: the glasses, the cheek, the hair. Babies read faces very closely; a familiar voice helps them recognise the new picture. Within a day or so it’s usually forgotten.

first-haircut-on-your-lap =
    .title = A first haircut on your lap
    .body = Is a first trim coming up, at the hairdresser or at home? Sit your baby on your lap facing a mirror so they can see you both, and say what’s happening: ‘Snip, there goes a little bit of hair.’ Give them a comb to hold. Your lap and voice make the strange snipping less scary. Pick a time when they’re rested and fed, and keep it short. Too much? Stop: a wonky fringe is fine for a week.

from-two-naps-to-one =
    .title = From two naps to one, gradually
    .body = Is your baby fighting the second nap? Some babies move to one nap around now, many a bit later. The switch often takes weeks, with two-nap days in between. On one-nap days, bring lunch and the nap forward a little, and put your baby to bed earlier. An over-tired baby is often clingier and cries more easily, so expect extra cuddles in the late afternoon. It does settle again.

stopping-a-feed-keep-the-lap =
    .title = Stopping a bottle or breastfeed? Keep the lap
    .body = Are you phasing out the bottle, or a breastfeed, around the first birthday? That feed was often a moment of closeness too. Keep that part: at the same time of day, your baby on your lap with a cup of milk or a snack, a book, and your arm around them. Stopping a feed doesn’t have to mean stopping the cuddle. There’s no rush: you can take this at your own pace.

a-homemade-book-of-their-day =
    .title = A homemade book about your baby’s own day
    .body = Take a few photos today of your baby’s ordinary day: waking up, breakfast, the buggy, the bath, bed. Print them, slip them into a small album and look through it together: ‘Look, that’s you in the bath. And then?’ A book where your baby is the star and everything happens in the familiar order often becomes a favourite. Later, add pages for something new, like a night at the grandparents’.

working-from-home-baby-awake =
    .title = Working from home while your baby’s awake?
    .body = Working from home today while your baby is awake, because childcare is closed or they’ve just been ill? Plan your work in blocks, and in between give short bursts of full attention: five minutes on the floor, laptop shut, really together. That beats being half there all day. Say when you go back: ‘I’m going to type for a bit, I’m right here.’ Barely got anything done? That’s not your failing.

arms-up-pick-me-up =
    .title = Arms up: ‘Up!’
    .body = Is your baby standing at your leg with their arms in the air? That’s one of the clearest questions a baby can ask: pick me up, I want to be with you. Today, lift your baby a few times as soon as they ask, even if only for half a minute. If you really can’t, say with a hot pan in your hand, crouch down for a moment and say: ‘I see you. Pan first, then I’ll pick you up.’ And then do.


previous-birth-still-weighs-on-you =
    .title = Does a previous birth still weigh on you as a partner?
    .body = Were you there when a previous birth was hard, as a partner or a support? Whoever stood alongside can stay shaken for a long time too, and often thinks that doesn’t count. Today, tell the other person what you saw and felt, and ask what they need from you this time. Go along to a midwife (verloskundige) appointment and ask your own questions. Then you can stand beside them more calmly this time.

pregnancy-came-unexpectedly =
    .title = Did this pregnancy come unexpectedly?
    .body = Did this pregnancy come at a time that didn’t really suit, and hasn’t the shock quite worn off? That can sit alongside caring for your baby. Today, rest a hand on the bump and tell your baby honestly how it went: ‘You came unexpectedly, and we’re getting used to you.’ Feelings are allowed to grow along with the bump. Stuck in worry? Talk to your midwife (verloskundige) or GP (huisarts).

who-looks-after-your-eldest-during-the-birth =
    .title = Who’ll look after your eldest during the birth?
    .body = Labour can start at any moment, even in the middle of the night. Agree now who will look after your eldest then: ideally someone your child knows well, like a grandparent or close friend, plus a back-up. Let your child play or stay over there once beforehand, and explain simply: ‘When the baby comes, Grandma will look after you.’ A familiar face makes the waiting feel safe.

songs-that-comforted-you-as-a-baby =
    .title = Ask which songs were sung to you
    .body = Ask your parents, a grandmother or an aunt today: which songs did you sing to me when I was little, and what helped when I cried? Then sing one to the bump, in the language you heard it in. That way you pass on what once comforted you, and you may hear a lovely story about yourself as a baby. Nobody remembers? Then you get to choose this family’s first song.

tell-your-toddler-a-baby-is-coming =
    .title = Tell your toddler about the baby in a few words
    .body = Hasn’t your toddler heard about the baby yet? Tell them today in a few words: ‘There’s a baby growing in this tummy. It’ll be your little brother or sister.’ Toddlers have little sense of time, so link it to something they know: ‘when it gets warm again’ or ‘after your birthday’. Don’t expect much reaction yet; questions often come later, in the bath or the car. Answer them briefly and honestly.

hard-time-after-a-previous-birth =
    .title = Was the time after a previous birth hard?
    .body = After a previous birth, did you feel low, anxious or flat for a long time? Tell your midwife (verloskundige) or GP (huisarts) now, even if it’s long over. Then you can work out in advance what helps: who keeps an eye on you in the first weeks, who you’ll call. It doesn’t have to come back, but a plan made ahead brings calm. And bringing it up early is not a weakness.

mixed-feelings-about-the-pregnancy =
    .title = Not only happy? That’s allowed
    .body = Alongside the joy, do you also feel doubt, irritation or longing for the life you have now, though you wanted this baby? Today, write down three feelings about the pregnancy, even ones that wouldn’t fit on a congratulations card, and reread them without judging. Mixed feelings are common and say nothing about how much you’ll love your child. Room for your own feelings is practice for your child’s.

long-road-to-this-pregnancy =
    .title = After a long road, still hardly daring to believe?
    .body = Did a long road come before this pregnancy, with treatments, waiting and disappointments? Then it can be hard to believe this baby is really coming. Today, do one small thing that belongs to expecting parents and that you’ve been putting off: buy a baby vest, say the name out loud, put up the scan photo. Believing can come step by step.

partner-feeling-outside-join-a-checkup =
    .title = Feeling a bit on the sidelines as a partner?
    .body = Not your bump, so the pregnancy sometimes feels far away? Go along to the next check-up with the midwife (verloskundige), listen to the heartbeat and ask one question that’s yours, such as what you’ll be able to do once the baby is here. It makes the baby more real for you too. Can’t get away from work? Send your questions along and hear the whole story afterwards.

make-up-after-a-row-while-expecting =
    .title = Had a row? Come back to it today
    .body = Had a row recently with your partner, your mother or a friend, tired and tense as you are? Come back to it today with one sentence, like: ‘Sorry I snapped, I was worn out.’ It’s not about who was right, but about finding each other again. Clashing is part of being close to someone, and so is making up. You’re rehearsing what you’ll often do with your child: coming back after a miss.

a-fixed-moment-with-your-eldest-that-stays =
    .title = A regular moment with your eldest that stays
    .body = Already have a child? Start a small, regular moment together now that will carry on after the birth: breakfast together on Saturdays, a book before bed, a trip to the playground. Pick something you can keep up with a baby around, or that another parent or someone your child knows well can take over. When a lot changes soon, this stays the same. That gives your eldest something to hold on to.

afraid-of-giving-birth =
    .title = Dreading the birth itself?
    .body = Lying awake over the birth, perhaps because of last time? Make the fear as precise as you can today: what’s the worst part, the pain, something going wrong, losing control? A vague fear is hard to answer; a precise one isn’t. Say that sentence to your midwife (verloskundige) and ask for an extra conversation about it. The calmer you go into the birth, the more room there’ll be for your baby.

pregnant-after-loss-bonding-in-small-steps =
    .title = Pregnant after a loss and holding back?
    .body = Have you lost a baby before, and do you hardly dare to attach to this pregnancy? That’s an understandable way of protecting yourself, and many parents know it. Bonding can come in small pieces. Today, rest a hand on the bump for one minute, or sit beside it, and say only: ‘Today you’re here.’ Tomorrow, one minute is enough again.

keep-one-thing-of-your-own =
    .title = Choose one thing that stays yours
    .body = Does everything revolve around the baby more and more, and do you wonder where you fit in? Choose one thing today that you want to keep doing after the birth, however small: an hour’s swim, making music, seeing a friend. Think about who could be with the baby then. A parent who still gets to be themselves has more to give. In the first weeks it may rest for a while; it will come back.

old-pain-from-your-own-childhood =
    .title = Is your own childhood suddenly close?
    .body = Now that you’re expecting, are memories of a hard childhood suddenly surfacing, like fear, rows or feeling alone? Many parents-to-be know this. You don’t have to sort it out alone: tell your midwife (verloskundige) or GP (huisarts), who can refer you to someone to talk to. A hard start of your own doesn’t have to decide how things go for your child. Asking for help is already a step.

picture-book-about-a-new-sibling =
    .title = Read a book about a new baby with your eldest
    .body = Borrow a picture book from the library today about a new brother or sister being born, and read it with your eldest. Point at the pictures and ask: ‘How do you think the big brother feels here?’ A book gives your child words and images for something that’s still hard to imagine. Does your child want it again and again? Good: that’s how they rehearse what’s coming.

low-or-anxious-during-pregnancy =
    .title = Low or anxious for weeks during the pregnancy?
    .body = Have you felt low, anxious or empty for more than two weeks, or stopped enjoying things? That can happen during pregnancy too, to whoever is pregnant and to partners. Tell your midwife (verloskundige) or GP (huisarts) today; they’ll think it through with you and arrange help if needed. It isn’t your fault, and asking for help is a strength. The sooner you say it, the sooner things can ease.

talk-to-the-bump-in-your-own-language =
    .title = Talk to the bump in your own language
    .body = Do you speak a language other than Dutch at home, or did you grow up with two? Today, talk and sing to the bump in the language of your heart, the one you comfort and joke in. That’s where you sound warmest and most like yourself, and that’s the sound your baby comes to know. Do you each speak a different language? Then the baby simply hears two. That’s a richness, not a muddle.

an-evening-for-the-two-of-you =
    .title = An evening for the two of you
    .body = Having this baby with a partner? Plan an evening for the two of you this week: your favourite food, a walk you used to take often, phones away. Tell each other what you’re most looking forward to, and what you secretly dread. Parents who feel backed up by each other often have more patience left for their baby. An evening like that doesn’t have to cost much to count.

after-a-loss-extra-contact-with-your-midwife =
    .title = After a loss: call between check-ups if you need to
    .body = Have you lost a baby before, and does the tension between check-ups weigh on you? Ask your midwife (verloskundige) today whether extra contact is possible, like a short appointment or a set time to call. And if you’re unsure about something in between, such as how your baby is moving, just call. You’re not being a nuisance; they’re there precisely for parents like you.

expecting-alone-you-are-the-foundation =
    .title = On your own? You are the foundation
    .body = Having your baby without a partner, and do you sometimes hear or think that your child will miss out? A baby can bond securely with one parent who keeps coming back with comfort, food and warmth. Today, find one sentence for when someone brings it up, or when you doubt yourself, like: ‘My child has me, and I always come back.’ People around you are a lovely bonus, but you are the foundation.

when-is-your-baby-active-in-the-womb =
    .title = When is your baby active in the womb?
    .body = Notice today when your baby moves: as you lie down, after a meal, when music plays? Many parents find their baby has a pattern of their own. It’s a way of getting to know your child before you’ve even seen them. Feeling less movement than you’re used to? Don’t wait until the next day: call your midwife (verloskundige) straight away, at night or at the weekend too. That is never a fuss.

grandparent-says-let-the-baby-cry =
    .title = A grandparent says: ‘Just let them cry’?
    .body = Already hearing from a grandparent that you mustn’t ‘spoil’ a baby or should ‘let them cry for a bit’? Talk about it calmly today, while you still can without a crying baby in the room. Say what you’d like: ‘When the baby cries, we go to them.’ You can’t spoil a newborn; answering crying teaches a baby that someone comes. They usually mean well; it’s simply what people were taught back then.

a-letter-to-your-baby-read-aloud =
    .title = Write your baby a letter and read it aloud
    .body = Does talking to a bump feel awkward? Then write your baby a short letter today: who you are, where you live, what you hope for. Read it aloud, to the bump or sitting beside it. Written words are easier to say than ones you have to make up, and meanwhile your baby hears your voice. Keep the letter; later it’s a lovely part of your child’s story.

divide-the-housework-before-the-baby =
    .title = Share out the housework before the baby arrives
    .body = Who’ll do the washing, the shopping, the cooking and the bins once the baby is here? Today, list all the household jobs together and agree who does what in the first months; crossing things off is allowed too. A few fixed agreements mean less negotiating later, when you’re both tired. Doing it alone? Then decide which jobs can simply wait for a while.

older-child-sings-to-the-bump =
    .title = Let your eldest sing a song to the bump
    .body = Ask your eldest today to choose a song for the baby and sing it to the bump, or whisper something to it. Explain: ‘The baby can already hear you, a bit muffled, like under water.’ Your child gets a job of their own, and the baby hears a voice that will often be around. After the birth, sing it together again; by then it’s already their song.

curious-who-your-baby-will-be =
    .title = Curious who your baby will be
    .body = Do you already picture your child: calm like you, sporty like your sister, mad about music? Write down your expectations today, and add underneath: ‘And I’m curious who you really are.’ Every child is their own person, with their own pace and temperament. Staying curious helps you see what this particular baby shows you, even when it’s different from what you imagined.

partner-how-are-you-really-doing =
    .title = And how are you doing, partner?
    .body = Does everyone ask how the one who’s pregnant is doing, and hardly anyone how you are? As a partner you can worry too, sleep badly or dread things. Today, tell one person how you’re really doing: a friend, a brother or sister, a colleague. If it stays heavy, your GP (huisarts) is there for you too. You count as well, for yourself and for your baby.

room-for-the-baby-you-lost =
    .title = Room for the baby you lost
    .body = Pregnant after losing a baby, and does being happy sometimes feel disloyal? This baby doesn’t take the place of the child who is gone; there’s room for both. Choose a small way to remember today: a candle, a spot with a photo, a box of keepsakes. Later you can tell this baby about the one who came before. If the grief gets too heavy, tell your midwife (verloskundige) or GP (huisarts).

choose-a-first-book-at-the-library =
    .title = Choose your baby’s first book now
    .body = Go to the library today and choose a first book for your baby: sturdy pages, big pictures, short sentences or a rhyme. Read it to the bump a few times, so you almost know it by heart later. Newborns don’t follow a story, but they do enjoy your voice close by. Ask, too, whether your baby can become a member after the birth; for children it’s often free.

what-will-your-baby-call-each-of-you =
    .title = What will your baby call each of you?
    .body = Raising this child with more than two parents, or as two mums or two dads? Agree today what your baby will call each of you, like mama, mum, papa, dad or a name from another language, and start using those names when you talk to the bump. Set names and familiar people make the world predictable for a baby. A name can still change later; what matters is that everyone belongs.

missing-your-own-parent-now =
    .title = Missing your own mother or father right now?
    .body = Has your father or mother died, or are they not in your life, and do you miss them now of all times? Expecting a child can wake old grief; that’s very common. Today, choose something of theirs to pass on: a song, a dish, a story, a photo for the baby’s room. That way your baby still receives something of where you come from. Tell someone that you miss them, too.

guess-aloud-what-your-baby-is-doing =
    .title = Guess aloud what your baby is up to
    .body = Feel rhythmic little taps, or a turn? Guess aloud today what your baby is doing: ‘Have you got hiccups?’ ‘Are you asleep?’ ‘Did that door make you jump?’ You don’t have to get it right. It’s early practice at wondering what’s going on inside your child, something you’ll soon do all day long: ‘Are you tired? Are you hungry?’ If you’re the partner, just join in the guessing.

baby-photos-with-your-eldest =
    .title = Look at baby photos with your eldest
    .body = Get out the photos from when your eldest was a baby today, and look at them together: ‘Look how small you were. Here you’re having a feed, here you’re on my lap.’ Your child sees what babies are like: they sleep a lot, cry and can’t play yet. And they hear that they were cared for just as lovingly. Many children then want to see ‘the baby photos’ again and again.

mute-the-perfect-parents-online =
    .title = Mute the perfect parents online
    .body = Does your feed show mostly glowing pregnant people, perfect nurseries and parents who seem to know everything? Today, mute two accounts that leave you feeling unsure. What you see is a chosen moment, not an ordinary day. Your baby doesn’t need a perfect parent, but one who is there, makes mistakes and puts them right. Follow someone who makes you laugh instead.

a-hard-date-during-this-pregnancy =
    .title = A hard date falling in this pregnancy?
    .body = Is a painful date coming up, like the day a baby you lost died or was due, or the week when things went wrong last time? Plan that day gently now: time off if you can, someone with you, a way to remember. Tell your midwife (verloskundige) too, so they know why you’re tense. A heavy day like that says nothing about your bond with this baby.

collect-the-happy-moments =
    .title = Collect the happy moments
    .body = Is a lot of your attention going to worries, lists and appointments? Today, write down one moment you felt happy about the baby: the first time you felt something, a joke about a name, a tiny vest in a shop. Make it a habit, in a notebook or on your phone. Joy deserves room too, and on a hard day after the birth it’s lovely to read back.

a-prayer-or-blessing-for-the-bump =
    .title = A prayer, blessing or verse for the bump
    .body = Does your family or faith have words that belong with a pregnancy, like a prayer, a blessing, a verse, or a wish your grandmother always used to say? Say them softly to the bump today, at a quiet moment you can come back to. That way your baby hears early on the sounds you grew up with. No faith? A wish for your child in your own words works just as well.

far-away-during-the-pregnancy =
    .title = Far away during the pregnancy?
    .body = Working far away or abroad, or not living with the person who is pregnant? Call at the end of the day today, ask if the phone can be held to the bump for a moment, and tell the baby something about your day. Your baby mainly hears the voice that’s close by, but it makes the baby more real for you, and the other person feels less alone. A few sentences are enough.

children-from-an-earlier-relationship =
    .title = Children from an earlier relationship and the new baby
    .body = Are there children from an earlier relationship, who perhaps don’t always live with you? They may wonder whether they’ll still belong. Talk with them today, with their own parent, about what will change and what stays: their bed, their place at the table, their weekends. Give them a role: ‘You’ll be the big brother or sister.’ Feeling counted makes it easier to welcome the baby.

sway-while-you-sing =
    .title = Sway while you sing
    .body = Put on music you love today, or hum yourself, and sway gently from side to side, standing or on a chair, hands on the bump. Your baby already knows that rocking: with every step you take, they sway along. It’s one reason many newborns settle with slow rocking in your arms. Are you the partner? Sway together, your arms around the bump.

a-doll-to-practise-with-for-your-eldest =
    .title = A doll for your eldest to practise with
    .body = Give your eldest a doll or soft toy today that can be ‘the baby’, and play together: bath time, a nappy, rocking and a song. Show how to support a baby’s head and stroke gently. Your child gets to practise, and later feels less like an onlooker and more like the big brother or sister who knows how it’s done. Does the doll get flung across the room now and then? That’s processing too.

partner-choose-your-own-care-moments =
    .title = Which care moments will be yours?
    .body = Is the other parent going to breastfeed, and do you wonder what your part will be? Choose two care moments today that will be yours from the start, like the bath, the morning nappy, burping after a feed, or skin-to-skin while you’re wide awake. A baby bonds with whoever cares for them often and lovingly, not only with whoever feeds them. Tell your partner what you’ve chosen.

after-a-loss-who-can-share-your-fear =
    .title = After a loss: who can share your fear?
    .body = Pregnant again after a loss, and are people mostly happy for you while you’re frightened too? Today, choose one or two people you can share that fear with: someone who doesn’t say ‘It’ll be fine’ straight away, but simply listens. Agree that you can call them on a hard day. If the fear keeps taking over your days, tell your midwife (verloskundige) or GP (huisarts).

agree-how-to-share-the-nights =
    .title = Agree now how you’ll share the nights
    .body = A newborn often wakes at night. Talk together today about how you’ll share that: a night each, one of you taking the late evening and the other the early morning, or both up at every feed and taking turns to nap in the day. If one of you is breastfeeding, the other can bring the baby and change the nappy. A plan on paper saves arguments at three in the morning.

night-worries-on-a-notepad =
    .title = Worrying at night? Put it on a notepad
    .body = Lying awake at night churning over the baby: is everything alright, can I even do this? Keep a notepad and pen by your bed. Write the worry down and tell yourself: ‘This is for tomorrow.’ In the morning, see what it needs: a question for your midwife (verloskundige), something to share, or can it go? If it’s something that can’t wait, like feeling less movement, call your midwife straight away.

take-your-eldest-to-a-checkup =
    .title = Take your eldest along to a check-up
    .body = Ask your midwife (verloskundige) whether your eldest can come along to a check-up once, to hear the baby’s heartbeat. Explain beforehand what will happen: ‘The midwife listens to the tummy with a little machine, and you’ll hear a fast thumping.’ For many children, that’s when the baby suddenly becomes real. Bring something to do while you wait, and afterwards ask your child what they heard.

one-goodnight-phrase-for-the-bump =
    .title = The same goodnight every evening
    .body = Choose one set goodnight phrase for the bump today, such as: ‘Sleep tight, little one, see you tomorrow.’ Say it every night before sleep, one after the other if there are two of you. A set phrase is a small ritual that can simply carry on after the birth, as the start of your own bedtime routine. Forgot? Just say it again tomorrow.

what-each-of-you-needs-when-worn-out =
    .title = What do you need when you’re worn out?
    .body = Do you know what helps the other when they’re tired or tense? One of you may want to be left alone for a bit, the other to talk or have an arm around them. Ask each other today and write the answers down. In the short-slept first weeks you won’t have to guess, and you can help each other sooner. You might even learn something new about someone you’ve known for years.

ask-your-school-age-child-what-will-change =
    .title = Ask your school-age child what will change
    .body = Have a child at school already? Ask today, on a walk or in the car: ‘What do you think will change when the baby’s here?’ Listen, and don’t correct straight away, not even at ‘Then you won’t have time for me any more.’ Say what you hear, and what stays: ‘You’re worried I’ll have less time. I’m still here for you too.’ Many children find it easier to talk side by side.

tell-each-other-what-you-see-in-the-other =
    .title = Tell each other what you see in the other as a parent
    .body = Having the baby with someone? Tell each other one thing today that you think your baby will be lucky to have: ‘You’re so patient’ or ‘You make everyone laugh.’ In the busy first months you mostly notice what goes wrong; a compliment from now is something to come back to. And it works both ways: you hear what the other already sees in you.

eldest-suddenly-clingy-as-the-bump-grows =
    .title = Is your eldest suddenly clingy?
    .body = Does your eldest suddenly want to be carried again, talk like a baby or sleep worse now the bump is growing? Children often sense that something is changing, even if they don’t understand it. Say what you see today: ‘You want to be close to me, don’t you? That’s fine.’ Carrying may be harder now, but a lap always works. This usually passes by itself.

a-phrase-for-please-take-over =
    .title = Agree on a phrase for ‘can you take over?’
    .body = Agree on a short phrase together today that will mean: I’ve had enough, please take the baby for a bit. Something like ‘Swap?’ or ‘Your turn.’ The other one then takes over, no questions and no judgement; explanations can wait. That way your baby is with someone who still has some calm left. Saying it is looking after the family, not failing.


expecting-safe-sleep-plan =
    .title = Safe sleep: plan it now
    .body = Decide today where your baby will sleep: on their back, in their own cot or crib, which can happily stand in your bedroom. Until the first birthday nothing soft goes in it: no cuddly toy, cloth, pillow or cot bumper. And however tired or desperate you feel later on, never shake a baby: lay them on their back in the cot and step away for a moment. Share these rules with everyone who’ll help.

expecting-where-to-ask =
    .title = Who to ask, now and later
    .body = Write down today who to ask about what. In pregnancy: your midwife (verloskundige). First week: the kraamzorg (maternity home care) and your midwife, at night too. Then the consultatiebureau (child health clinic); for illness your GP (huisarts), evenings and weekends the out-of-hours GP (huisartsenpost). Low or anxious, now or after the birth? It’s common. Tell one of them: asking is strength.

talk-to-employer-about-handover =
    .title = Sort out your handover at work in good time
    .body = Set up a conversation at work today about your leave: when you’ll stop, who takes over your tasks and how you’ll hand them over. Make a list of ongoing work beforehand. The better work is arranged, the less it will buzz around your head later while you’re with your baby. And if your baby comes earlier than expected, there’s already a plan.

kraamzorg-what-it-is-and-booking =
    .title = Kraamzorg: what it is and how to arrange it
    .body = In the Netherlands, after the birth, kraamzorg (maternity home care) usually comes to your home: a maternity carer who helps you look after your baby and yourself in the first days, and shows you a lot. Not arranged yet, or new to the Netherlands? Call your health insurer today or ask your midwife (verloskundige) how it works. Then you won’t face that first week alone.

self-employed-plan-your-own-leave =
    .title = Self-employed? Plan your own leave
    .body = No employer because you work for yourself? Block out the weeks around the birth in your diary today and tell your regular clients when you’ll be away. Find out, too, what arrangements exist for self-employed parents. Without a plan, work easily creeps back in, when you need those weeks to get to know your baby. A colleague who can step in is worth their weight in gold.

no-huisarts-yet-register-now =
    .title = No GP yet? Register now
    .body = Just moved, or new to the Netherlands, and no GP (huisarts) yet? Register with a practice near you today; after the birth you’ll register your baby there too. When your baby is ill or you’re worried, you want someone to call without searching first. Ask straight away how evenings and weekends work, with the out-of-hours GP (huisartsenpost).

interpreter-at-the-verloskundige =
    .title = Ask for an interpreter at the midwife’s
    .body = Is Dutch not your first language, and do you sometimes not quite follow your midwife (verloskundige)? At your next appointment, ask whether an interpreter can join in, by phone for example. That way you can say what you want and understand what’s happening, around the birth too. Try not to let a child translate for you. No need to nod along while unsure: asking again is always fine.

leave-weeks-kept-empty =
    .title = Leave is time to get to know each other
    .body = Look at the weeks after the birth today and cross out everything that can wait: the renovation, helping someone move, that course. Leave isn’t for catching up on jobs; it’s for being with your baby: watching, holding, discovering what your baby needs. That’s what the bond grows from. An empty diary may feel strange; for these weeks, it’s exactly right.

parental-leave-how-to-spread-it =
    .title = Parental leave: think about how to spread it
    .body = Find out today what leave you can take after the birth, and think about how: in one block, or one fixed day a week for a longer stretch. What matters most to a baby is that a few familiar people are there often and regularly. So a fixed ‘parent day’ each week can be just as valuable as a long break. You don’t have to decide anything today.

antenatal-class-and-other-parents =
    .title = A class, and others who are waiting too
    .body = Sign up today for an antenatal class or an information evening about the birth and the first weeks; your midwife (verloskundige) knows what’s on nearby. Knowing what’s coming makes it less daunting. And you’ll meet people having a baby around the same time, handy later for a walk or a quick question. Even one evening is worth it.

question-list-for-the-verloskundige =
    .title = A list of questions for your next check-up
    .body = From today, keep a note on your phone of everything you want to ask your midwife (verloskundige), even if it seems small or silly. For example: what happens in the first hour after the birth, what if things don’t go to plan, when do I call you? Read the list through just before the appointment. Answers you understand bring calm, now and later.

baby-first-aid-course =
    .title = Baby first aid: an evening that brings calm
    .body = Look today for a first-aid course for babies and young children near you. You’ll learn what to do if your baby chokes, falls or seems unwell, and when to call for help. Knowing what to do means you panic less and can help a baby more calmly. Feel free to bring someone who’ll often babysit later, like a grandparent or a friend.

what-a-baby-really-needs-list =
    .title = What a baby really needs is a short list
    .body = Feeling pressure to buy everything? Make the real list today: a safe cot, a car seat, some clothes, nappies, something to wash your baby in. Second-hand is fine, as long as the cot and car seat are safe. The rest can wait. What your baby needs most can’t be bought: you, close by. That one’s already on your list.

expecting-twins-extra-help =
    .title = Twins on the way? Line up extra hands
    .body = Expecting twins? Ask your midwife (verloskundige) or gynaecologist today what that means for your kraamzorg (maternity home care), and make your circle of helpers bigger than you think you’ll need. Get two safe sleeping places ready: each baby on their back, in their own cot. With enough hands around you, you’ll have time to get to know each of your babies as their own little person.

pram-where-baby-faces-you =
    .title = A pram where your baby can see you
    .body = Choosing or borrowing a pram? If you can, pick one where your baby faces you for the first months. On the way you’ll see whether your baby is asleep, startled or getting restless, and your baby sees your face among all the new sounds. Ending up with one that faces forward? Then lean over your baby now and then as you walk and say something.

hold-someone-elses-baby-first =
    .title = Never held a newborn?
    .body = Not much experience with babies yet? Ask someone with a young baby if you can come and help once: holding, changing a nappy, being there for a feed. Notice how that baby shows what they need, and how the parent responds. It makes the first days with your own baby a little less unknown. Feeling clumsy is part of it, now and later.

cot-assembled-in-your-room =
    .title = Put the cot together now
    .body = Assemble the cot or crib today and give it a spot in your bedroom, not against the radiator and away from curtain or lamp cords. Check the mattress: firm, flat and fitting snugly, with no gap at the edges; with a second-hand cot, check the bars are intact too. With the cot close by, you’ll quickly hear at night when something is needed.

soft-gifts-stay-out-of-the-cot =
    .title = Cuddly toys as gifts? They don’t sleep in the cot
    .body = Getting cuddly toys, blankets, little pillows or a cot bumper at the baby shower or when people visit? Thank them warmly and give those things a place on a shelf or in a cupboard. Nothing soft goes in the cot until the first birthday; a cuddly toy is for awake time, on your lap. Someone asking what you still need? A well-fitting sleeping bag is a gift that is allowed in the cot.

smoke-free-home-and-car =
    .title = Agree on a smoke-free home and car
    .body = Does someone in your home or family smoke? Agree today that nobody smokes indoors or in the car any more, visitors included. Smoke lingers in clothes, curtains and seats, and a baby breathes it in even when no one is smoking at that moment. A note by the door saves explaining it every time. Someone wants to stop? The GP (huisarts) is glad to help.

sling-practice-with-a-teddy =
    .title = Practise with the sling using a teddy
    .body = Planning to carry your baby in a sling or carrier? Practise today with a teddy or a rolled-up towel, calmly and without rushing. Being carried gives a baby your warmth, your smell and your heartbeat. Watch out: face free and visible, chin off the chest, and high enough to kiss the top of the head. Not sure? A babywearing consultant can check with you.

changing-place-all-within-reach =
    .title = A changing spot with everything within reach
    .body = Set up the place where you’ll change your baby today: at a height that’s kind to your back, with nappies, wipes, clean clothes and a towel within reach. Then you never have to step away, and one hand can always stay on your baby. When you don’t have to hunt for things, a nappy change easily becomes a moment together, your face close. Try it once with a teddy.

daytime-sleep-spot-downstairs =
    .title = A safe sleeping spot downstairs too
    .body = Where will your baby sleep in the daytime, while you’re in the living room? Set up a safe place there today as well: a crib, playpen or travel cot with a firm, well-fitting mattress, where your baby lies on their back with nothing soft around. The sofa, a pillow or a big bed are no place for a baby to sleep, not even briefly. That way your baby sleeps close by, and you can simply sit down.

what-the-consultatiebureau-is =
    .title = What is the consultatiebureau?
    .body = After the first week the JGZ (youth health care) takes over: often a nurse visits you at home first, then you take your baby to the consultatiebureau (child health clinic). There your baby is weighed and measured, vaccinations are offered, and you can ask anything, about yourself too. It’s free, and nobody grades you. Agree today who’ll join you at the first visit: two pairs of ears hear more.

kraamzorg-intake-your-wishes =
    .title = Tell the kraamzorg what home is like for you
    .body = Is the kraamzorg (maternity home care) coming soon for an intake, or have they been? Write down today what your maternity carer should know about your home: an older child who needs attention too, that you’re doing this alone, a language you express yourself in more easily, a pet, or that rest matters most. Then they can help from day one in a way that suits you. Forgot something? Say it later.

first-hour-after-birth-undisturbed =
    .title = The first hour: phones away, the news can wait
    .body = Agree today that the first hour after the birth stays calm: phones away, the news can wait. Decide now who will send the news round, and when, so nobody is looking at a screen in that hour. Ask your midwife (verloskundige) whether weighing and measuring can wait a little. In that first hour your baby seeks your warmth, smell and voice. The family hears an hour later, and that’s fine too.

caesarean-ask-about-skin-to-skin =
    .title = Caesarean? Ask about skin-to-skin
    .body = Is a caesarean planned, or possible? Ask the hospital today whether your baby can lie skin-to-skin with you in the operating theatre or the recovery room, and what happens if that isn’t possible. Perhaps another adult can start skin-to-skin in the meantime, awake and alert. That way your baby, too, begins close to a familiar body. Put the answer in your birth plan.

giving-birth-without-partner-companion =
    .title = Giving birth without a partner? Choose someone
    .body = Having your baby without a partner, or can your partner not be there? Ask someone you trust today to be with you at the birth and in the first days. Talk through your wishes, and what that person will do if you can’t for a while: take your baby skin-to-skin, awake and alert. Tell your midwife (verloskundige) who it is. That way there’s one steady face around you, for your baby too.

hospital-stay-baby-in-your-room =
    .title = In hospital? Ask if your baby stays with you
    .body = Giving birth in hospital, or might you need to stay a few days? Ask today, on a tour for instance, whether your baby stays in your room day and night, and whether someone may stay overnight with you. With your baby beside you, you learn their signals straight away and can respond quickly. The answer also tells you what to pack.

test-ride-to-the-hospital =
    .title = Do the journey to the hospital once
    .body = Today, drive or travel once to the hospital where you’ll give birth, or where you’d go if things change at home. See where to park, which entrance is open at night and how long it takes. Home birth planned? Check that your house number is easy to see. When the way is familiar, your head stays clear on the day itself. Try the trip in the dark too, if you can.

car-seat-fitted-and-practised =
    .title = Practise with the car seat before the ride home
    .body = Take the car seat out of its box today and fit it, with the instructions to hand. Put a teddy in it, tighten the straps and practise clicking it in and out. If it goes in the front, facing backwards, the passenger airbag must be switched off. Once those moves are familiar, your attention on the first ride home can stay on your baby instead of on the buckles. Unsure? Ask someone to check with you.

no-car-ride-home-plan =
    .title = No car? Plan how you’ll get home
    .body = No car? Think today about how you’ll get home with your baby after a hospital birth: with someone who picks you up, or by taxi, taking your own car seat along. Even in a taxi a baby belongs in a properly fitted seat, never loose on a lap. So check now how the seat fastens in someone else’s car. A calm first ride is a lovely start to being home.

feeding-plan-with-room-to-change =
    .title = A feeding plan with room to change
    .body = Think today about how you’d like to feed your baby: breast, bottle or both. Write it down, and add underneath: ‘If it goes differently, that’s fine too.’ Sometimes life after the birth takes another path than planned, and that says nothing about how well you’re doing. The bond grows from closeness during feeds, not from the kind of milk. You can show the note to your midwife (verloskundige).

breastfeeding-who-helps-first-week =
    .title = Breastfeeding? Know who’ll help
    .body = Would you like to breastfeed? Ask your midwife (verloskundige) today who will help in the first week: the maternity carer from the kraamzorg, your midwife, and whether a lactation consultant can step in if it’s a struggle. Breastfeeding is something you learn together with your baby, and help at the start makes it lighter. Add the names to your list.

work-on-pause-on-your-phone =
    .title = Put work on pause, on your phone too
    .body = Leave starting soon? Get ready today what needs switching on then: an out-of-office reply, the name of whoever covers for you, and your work email and work apps off your phone or muted. A phone buzzing during a feed pulls you away from your baby, even if you don’t answer. Tell colleagues you’ll share the baby news yourself; then nobody needs to ask.

leave-before-birth-rest-first =
    .title = Your leave is starting: rest first, then jobs
    .body = Is your leave before the birth starting soon, or are you already at home? Pick one thing a day that you want to sort out, and keep the rest of the day free for rest: lying down, a walk, a nap. It’s tempting to clean the whole house, but you’ll need that energy later for the nights with your baby. What doesn’t get done today can wait until tomorrow. Or not happen at all.

bottle-feeding-practise-now =
    .title = Bottle-feeding? Practise now, for calm later
    .body = Planning to bottle-feed? Make up a bottle once today, exactly as the packet says; then you won’t be doing it for the first time with a crying baby in your arms. Think, too, about how you’ll sit: your baby half upright in your arm, close against you, your face near. That way a bottle becomes a moment together, whoever gives it.

no-family-nearby-ask-for-volunteers =
    .title = No family nearby? Ask about support
    .body = Does your family live far away, or do you have few people around you? Ask your midwife (verloskundige) or the consultatiebureau (child health clinic) today whether there are volunteers or local families near you who support new parents: a coffee, a walk, a listening ear. Every parent needs people around them, and you’re allowed to build that circle from scratch. Asking is not a weakness.

birth-bag-by-the-door =
    .title = Put the bag ready by the door
    .body = Pack your bag for the birth today, even if you plan a home birth: plans can change. Put in clothes and a little hat for your baby, something comfortable for you, a charger, some snacks and your papers. Stand the bag by the door with the car seat beside it. With everything ready, on the big day you only have to think about your baby.

house-ready-for-kraamweek =
    .title = Get your home ready for the first week
    .body = Ask today what the kraamzorg (maternity home care) needs in your home, and sort it now: the maternity pack, often via your health insurer, and blocks under the bed to raise it. The raised bed helps the maternity carer, and whoever has just given birth. Keep it all in one place, so that in the first week your attention goes to your baby, not to searching.

birth-papers-in-one-folder =
    .title = All the papers in one folder
    .body = Put everything you’ll need around the birth in one folder today: your ID, your health insurance card, the papers from your midwife (verloskundige). Look up, too, how to register the birth at your gemeente (municipality), within a few days of the birth, and who will do it. Add a note: add the baby to the health insurance. Fewer errands in the first days leaves more time to just look at your baby.

grandparents-first-meeting-plan =
    .title = How will the grandparents meet your baby?
    .body = Talk with the grandparents-to-be today about how and when they’ll first see your baby: perhaps a calm moment at home rather than a crowded room on day one? Tell them why, too: a newborn quickly has enough of bustle, and you need your energy. If they know your plan, they feel less left out. That way the first meeting becomes something to look back on together.

many-visitors-family-custom =
    .title = Is the whole family coming to visit?
    .body = Is it the custom in your family for lots of people to visit in the first weeks, in the first forty days for example? Ask one respected family member today, an aunt or a grandparent, to arrange who comes when, spread over the weeks rather than all at once. Coming from the family itself, that doesn’t sound rude. That keeps the beauty of welcoming a baby, and your baby gets enough rest.

visitors-make-their-own-tea =
    .title = Visitors make their own tea
    .body = Put it today in the message you’ll send family and friends after the birth: ‘Lovely if you come! Do make yourself a cup of tea, and take the bin bag out when you leave.’ Someone who has just had a baby doesn’t need to wait on anyone. You stay on the sofa with your baby against you, and your energy goes where it belongs. Most visitors are glad to have something to do.

visitors-with-a-cold-wait =
    .title = A cold or a cold sore? Then visit later
    .body = Today, put hand soap and a clean towel by the sink visitors will use; then hand-washing just happens. Think, too, how you’ll say it when someone has a cold or a cold sore: ‘Lovely that you want to come. Do come once it’s cleared up, and then you can hold the baby too.’ A newborn copes poorly with bugs like these. Unsure about someone later on? Ask your maternity carer from the kraamzorg.

feeding-while-visitors-are-there =
    .title = Feeding while visitors are there
    .body = Think today about what you’d like when your baby gets hungry while visitors are round: will you go to another room for a while, or is that the moment for them to leave? Babies often feed more calmly in a quiet room, and you can then focus on your baby instead of the conversation. A friendly ‘I’m off to feed, see you next time!’ is always fine.

family-far-away-one-video-call =
    .title = Family far away? Plan one calm video call
    .body = Do you have family far away who want to see your baby as soon as possible? Agree today that in the first days you’ll let them know when to call: one calm video call when your baby is awake and content, rather than a phone ringing all day. A photo in between is always fine. That way they see your baby at a good moment, and you keep your calm.

someone-to-text-at-night =
    .title = Who can you text at night?
    .body = Find one person today you can text at night when you’re up with a wakeful baby and feel alone: a friend who works nights, family in another time zone. Just ask: ‘Can I message you at three in the morning once the baby’s here?’ A reply makes a long night less lonely. Worried about your baby? First week: your midwife (verloskundige); then your GP (huisarts) or out-of-hours GP (huisartsenpost).

cook-double-and-freeze =
    .title = Cook double and freeze
    .body = A few times this week, cook a double portion and freeze half, in portions that are easy to reheat and eat with one hand. Soup, stew, a bake: whatever you enjoy. In the first weeks with a baby, cooking is often the first thing to go, and well-fed people have more patience to spare. Label every tub, so nobody has to guess at midnight.

night-feeding-spot-ready =
    .title = A spot for night feeds, and if you nod off
    .body = Decide today where you’ll feed at night: a chair next to the cot, or sitting up in bed with a pillow behind your back. Feel yourself drifting off with your baby in your arms? Then lay your baby on their back in their own cot. Falling asleep on the sofa with a baby on you is dangerous, so better not choose that spot at night. A fixed place makes the night familiar for your baby too.

first-night-home-ready =
    .title = The first night at home
    .body = Many parents lie awake on the first night home, listening to every little sound; that’s completely normal. Today, save your midwife’s (verloskundige) number in your phone and on a note by your bed: in the first week you call them, at night too, if you’re worried about your baby or yourself. After that: your GP (huisarts) or the out-of-hours GP (huisartsenpost). Knowing who to call brings calm.

first-week-who-comes-to-the-door =
    .title = The first week: who’ll be ringing the bell?
    .body = In the first week lots of people come to the door: the maternity carer from the kraamzorg, your midwife (verloskundige), and someone for the heel prick and usually the hearing test too. Ask your midwife today roughly how that will go for you, and write it down for whoever will be with you. Then the doorbell won’t startle you, and you can use the quiet hours in between to settle in with your baby.

kraamverzorgende-shows-you-do =
    .title = Let them show you, then do it yourself
    .body = Write down today what you’d like to learn from the maternity carer in the first week: bathing, changing, dressing, comforting. Ask them to show you once and then stay beside you while you do it. That way your hands get to know your baby, and your baby gets to know your hands. After that week you’ll do it yourself, and by then it already feels a little normal.

nap-while-kraamzorg-is-there =
    .title = Sleep while the maternity carer is there
    .body = Make a plan today: when the maternity carer from the kraamzorg is there, I’ll lie down once during the day. They watch your baby while you catch up on sleep. It’s tempting to book visitors into those hours, but that’s exactly when you can recharge. A little more rested, you respond more calmly to your baby, at night too. Say it out loud on the first day, so they can count on it.

kraamzorg-last-day-what-they-noticed =
    .title = Last kraamzorg day: ask what they noticed
    .body = By the end of the kraamzorg (maternity home care), your maternity carer knows your baby a little. Make a note today to ask on that last day: what did you notice about my baby? How do they show hunger or tiredness, and what helps with comforting? Write the answers down. Often it turns out you knew most of it already. Add what you discover yourself later; that list grows along with your baby.

last-days-any-news-yet =
    .title = Everyone asking ‘Any news?’ Send one message
    .body = Getting messages like ‘Any news yet?’ in these last days? Send one message round today: ‘We’ll tell you ourselves when the baby’s here. No need to ask, but do think of us.’ Then you needn’t answer ‘not yet’ every day, and your head stays clearer: for the waiting, and soon for your baby. Taking longer than you thought? That happens to many parents; your midwife (verloskundige) keeps an eye on it.


wobbly-walker-sits-down-look-first =
    .title = Down on their bottom? Look at their face first
    .body = Is your little one taking first steps and plopping down on their bottom again and again? Wait a moment before calling ‘Oops!’ or rushing over, and look at their face. Often your child looks at you first, to see how bad it is. A calm, friendly face says: you can handle this. Scrambling back up? Give a proud nod. Real tears? Then you’re there straight away.

through-the-tunnel-you-at-the-end =
    .title = Through the tunnel: you wait at the end
    .body = Is there a crawl tunnel at the playground, or can you build one at home from chairs and a blanket? Let your toddler crawl in at one end while you wait at the other, crouching, face in the opening: ‘Where are you? … There you are!’ A moment alone in the dark, then your face at the end: going away and finding each other, in miniature. Stuck halfway? Talk softly through the opening.

walking-the-last-stretch-yourself =
    .title = The last stretch on their own two feet
    .body = Does your toddler want out of the buggy, but the whole way is still too far to walk? Agree on a fixed stretch they walk themselves, holding your hand: from the corner to the front door, or through the park to the baker’s. Choose a quiet stretch without a busy crossing. Walking beside you feels big and safe at once. Tired? Back into the buggy; tomorrow, another stretch.

family-pet-walks-away-read-it =
    .title = The cat or dog walks off? See what it’s saying
    .body = Does your toddler keep going after the cat or dog, even when it walks away? Watch together and say what the animal shows: ‘The cat’s walking off, tail swishing. She’s had enough.’ Sit on the floor together and wait for the animal to come and sniff; then a hand may stroke its back. Your child discovers that others have feelings too, and sometimes say no. Never leave a toddler alone with a pet.

bump-on-the-head-comfort-first =
    .title = A bump on the head? Comfort first, then keep watch
    .body = Did your toddler bang their head on the table edge or fall on the pavement? Pick them up and comfort them first, calmly: ‘Ouch, your head. I’ve got you.’ Then keep a close eye on them for the next day and night. Drowsy, vomiting, or not their usual self? Call your GP (huisarts), or in the evening and at weekends the huisartsenpost (out-of-hours GP service). Doubt is reason enough.

the-big-cardboard-box =
    .title = A big box beats any toy
    .body = Had a parcel delivered? Keep the big box, take off any staples and tape, and put it open on the floor. Wait and see what your toddler does with it: climbing in, hiding, pushing, drumming on it. You don’t need to think of anything; watch, and join in when you’re invited. A box can be anything, and your child discovers that for themselves. Next week it may be a car.

walking-together-on-your-feet =
    .title = Walking together, on your feet
    .body = Stand your toddler, barefoot, on your bare feet, facing you, and hold both little hands firmly. Walk slowly round the room: big steps, small steps, and stop! ‘Step… step… and… freeze!’ Your child feels your balance and rhythm, and looks up at your face. Moving together as one body brings both something to hold on to and giggles. Wants to get off? Then they walk on by themselves, beside you.

beach-the-sea-from-your-arms =
    .title = At the beach: the sea from your arms
    .body = Off to the beach? Many toddlers find sand under their feet and rolling waves strange at first. Carry your child to the water’s edge, let their toes feel the water, then walk back. Want to go in themselves? Hold a hand and stay within arm’s reach: near water, not a moment apart. Your arms make the big sea small enough. Not keen on the sand? A towel becomes their own little island.

lost-sight-of-you-in-the-shop =
    .title = Lost sight of you in the shop
    .body = Did your toddler wander round a shelf in the shop and suddenly couldn’t see you? Even if it lasted only a few seconds, for your child it was a real fright. Crouch down, take them in your arms and say what happened: ‘You couldn’t see me. That was scary. I’m here.’ That’s how your child learns that a fright fades again. For the rest of the shop: hand in hand.

water-tub-on-the-balcony =
    .title = A tub of water on the balcony or in the garden
    .body = Warm enough? Put a tub with a little lukewarm water outside, with cups, a sieve and a spoon. Sit beside it and let your toddler pour, splash and fill. Water keeps children busy for a long time, with you close by. Stay right beside them the whole time, as a small child can drown even in shallow water, and empty the tub when you’re done.

puddles-in-wellies-together =
    .title = Rain? Wellies on, into the puddles
    .body = Raining, and does your toddler want to go out? Put on raincoats and wellies, yours too, and go puddle hunting together. Let your child stamp and jump, and join in yourself: a big splash from you is about the best thing a toddler can imagine. That way you share the fun, rather than only keeping them dry. Warm socks are waiting at home.

shape-sorter-as-a-hat =
    .title = The shape sorter as a hat? Fine
    .body = Is your toddler wearing the shape sorter as a hat, or building a tower out of train track? Let them. You don’t need to show how it’s ‘meant’ to go; your child is finding out everything a thing can do. Say what you see: ‘What a hat!’ A child who may play their own way dares to try things and feels seen. The block through the hole will come, one day.

holiday-mark-your-own-spot =
    .title = On holiday: make your spot easy to spot
    .body = At a campsite or holiday park where all the tents or cabins look alike? Hang something recognisable at your spot together: a little flag, a windmill, a bright towel on the line. Each time you come back, ask: ‘Where’s our cabin? Can you see the flag?’ and let your child point it out. In a strange place, your child then has one fixed point that’s yours. The flag can come home with you after.

stop-at-every-kerb =
    .title = At every kerb: stop
    .body = Is your toddler walking on the street more and more? Make every kerb a set moment, even in a quiet street: stop, hold hands, look left and right, and only then cross together. Use the same words each time: ‘Kerb. Stop. Look.’ A toddler is a long way from judging traffic, but the habit is already growing. You keep hold of the hand.

their-scribble-up-on-the-wall =
    .title = Your child’s scribble, up on the wall
    .body = Does your toddler like scribbling with a chunky crayon yet? Tape a big sheet of paper to the table, sit with them and let them scribble. Then let your child choose where it hangs, at their height, and show it to whoever comes home: ‘Come and see what’s on the wall! Our little artist made it.’ Your child feels: what I make matters. Crayon mostly going in the mouth? Try again in a few weeks.

not-careful-but-what-helps =
    .title = Not ‘Careful!’, but say what helps
    .body = Is your toddler climbing the climbing frame, the sofa or a low wall, and do you keep calling ‘Careful!’? Today, say what helps instead: ‘Put your foot on the step. Hold on with both hands.’ Stand close without grabbing hold. ‘Careful’ mostly makes a child unsure; concrete words give something to hold on to, and confidence. A ‘Careful!’ slipped out? No matter, the next sentence helps.

you-are-the-climbing-frame =
    .title = You’re the climbing frame
    .body = Lie on the floor today and become a mountain: let your toddler clamber over you, sit on your tummy, slide off your knees. Keep your hands ready and say what you feel: ‘Oof, you’re so heavy!’ Climbing on you brings touch and laughter at once, and your child tests their strength on someone they trust. Pulling your hair? ‘Ouch, gently,’ and play on.

climb-as-high-as-they-get-alone =
    .title = As high as they get by themselves
    .body = Does your toddler want to go up a climbing frame that’s really still too high? Try not to lift them up. Let them climb as far as they get, with you below, hands close. A child who climbed up alone usually knows the way back down; a child you put up there ends up somewhere without that experience. Next week they may get a step higher, all by themselves.

open-field-you-walk-behind =
    .title = On a big open field: you walk behind
    .body = On a big field or in the dunes, far from traffic? Let your toddler lead the way, and walk a few metres behind. No calling or steering, just following. Your child picks the direction, looks back now and then and sees you every time. That’s how they find out: I may explore, and someone is watching out for me. Water, a cycle path or a dog in sight after all? Then walk beside them and take a hand.

im-coming-to-get-you-chase =
    .title = ‘I’m coming to get you!’
    .body = Does your toddler run off giggling, looking back to see if you’re coming? Play along, at home or on a safe patch of grass: ‘I’m coming to get you!’, with big, slow steps. Catch them, cuddle them, and let them go again. Running away and being caught is a game about leaving and coming back, with you as the happy ending. Near a road it’s not a game; there, you hold hands.

treasure-bag-for-the-walk =
    .title = A treasure bag for the walk
    .body = Does your toddler pick up every stone, leaf and twig along the way? Give them their own little bag or bucket for treasures today. At home, lay them out on the table together: ‘You found this stone by the bridge.’ That way you’re saying: what matters to you is worth my attention. Small things easily end up in a little mouth, so keep watch and keep the bag with you.

toddler-wants-to-stroke-every-dog =
    .title = Wants to stroke every dog?
    .body = Does your toddler make a beeline for every dog? Take their hand and stop a few steps away. Ask the owner: ‘May my little one stroke him?’ If yes, let the dog sniff the back of your child’s hand first, then stroke its back together, not its head. If no, simply wave: ‘Bye, dog!’ Your child may be curious, with you as the one who says when it’s safe.

balancing-on-a-log-one-finger =
    .title = Balancing on a log: offer one finger
    .body = Does your toddler want to walk along a fallen tree in the woods, or a low wall? Don’t take their hand straight away; hold out one finger and let them choose whether to grab it. Walk alongside, your finger always close. Your child works out how much support they need, and you’re there when they wobble. Letting go halfway, then quickly grabbing again? Both are fine.

you-build-they-knock-down =
    .title = You build, your toddler knocks it down
    .body = Does your toddler knock down every tower you build? Make it a game today: build, wait for the ‘boom’, and act amazed: ‘Hey! All gone!’ Then build again, as often as your child likes. Your child sets the game, and you keep sitting down for another round. That feels like: you’re playing my game. A block on top from your child afterwards? Then you’re building together.

ride-on-you-walk-alongside =
    .title = On the ride-on: you walk alongside
    .body = Is your toddler riding a ride-on car or a balance bike? Let them push with their feet and steer themselves, even when it’s slow or they keep bumping into the hedge. Walk alongside without pushing or pulling. Choose the park or a quiet pavement without driveways: a toddler can’t brake for a car yet. Getting along by themselves with you beside them feels big: I can do it, and you’re here.

busy-playground-quiet-corner =
    .title = Playground too busy? Find a quiet corner
    .body = Is the playground packed, with big kids running and shrieking, and does your toddler freeze? Walk together to a calmer spot: the sandpit at the edge, a bench with a view. From there your child can watch without standing in the middle of the bustle. Too much at once is hard work for a toddler. Or come back at a quieter time, such as early in the morning.

one-hand-on-the-buggy =
    .title = Hands full? One little hand on the buggy
    .body = Are your hands full with shopping or the buggy while your toddler walks beside you? Make a set spot on the buggy for their hand, with a ribbon tied on: ‘Your hand here, my hand there.’ Practise on a quiet stretch first. That way you stay connected while your child walks by themselves. At a busy crossing, you still take their hand.

a-scare-at-the-road-calm-down-after =
    .title = A scare by the road: sit down together first
    .body = Did your toddler suddenly run for the road, and did you grab them back with a shout? That quick, loud reaction was right. Now you’re both shaking. Sit down together on a bench or low wall on the safe side, and hold your child close. Breathe out slowly a few times: your child feels your body settle and settles with it. Explaining can wait. Tonight, tell someone; that helps your fright fade too.

a-plaster-for-every-bump =
    .title = A plaster for every bump
    .body = Does your toddler want a plaster for every little knock, even when you can’t see a thing? Take the request seriously: look together, blow on it, and give a kiss or a plaster. ‘It hurt here, didn’t it?’ For a toddler it’s less about the plaster than about someone who sees it hurts. Out of plasters, or already the fourth today? A kiss and a heart drawn in pen work just as well.

tea-at-your-toddlers =
    .title = Tea at your toddler’s
    .body = Is your toddler handing you an empty cup or a plate of ‘food’? Take it and play the guest: blow because it’s hot, slurp, ‘Mmm, lovely! Could I have some more?’ Your child decides what gets poured. In this pretend play your child practises caring for someone else, and enjoys having you join in. Ten cups poured? Ten ‘thank you’s is exactly right.

teddy-comes-to-new-places =
    .title = Teddy comes along, and gets to settle in too
    .body = Going somewhere new, like a party or the dentist? Let your toddler bring their usual cuddly toy and include it: ‘Bear’s having a look around too. Does he find it exciting?’ Through the toy your child can show how they feel, without it having to be about themselves. And something familiar in their arms makes a new place smaller. When you leave: ‘Bear, will you wave?’

only-your-lap-today =
    .title = Only your lap today? That’s fine too
    .body = Does your toddler usually race to the slide, but today stays on your lap? Maybe they’re tired, coming down with something, or something has changed at home. Don’t push: a child only goes exploring once they feel safe enough, and today that means staying close to you. Watch the others together and let them refuel. The slide will still be there tomorrow.

a-bit-of-boredom-is-fine =
    .title = Nothing to do for a bit? That’s allowed
    .body = Is your toddler drifting around, no game, no plan? You don’t have to come up with something straight away. Stay nearby, carry on with your own thing and say: ‘I’m here. What are you going to do?’ A little boredom leaves room to invent something, and toddlers are often better at it than you’d think: a pan, a box, raindrops on the window. Really tired or sad? Then a lap is better.

scared-of-the-frame-after-a-fall =
    .title = After a fall: scared of the climbing frame
    .body = Did your toddler fall off the climbing frame, and now won’t go near it? Don’t say it was nothing, and don’t push either: ‘You fell there. Now it feels scary.’ Next time, go and look at it together, with no need to climb. Maybe your child only wants the bottom step, with your hand there. Fear that’s seen often fades faster. The pace is your child’s.

pebbles-in-the-water-hand-on-coat =
    .title = Pebbles in the water, your hand on their coat
    .body = Does your toddler want to throw pebbles into the ditch, the pond or the canal? Lovely: plop, and rings on the water! Stand right next to your child at the edge and keep a hand on their coat or hood. A toddler can’t yet judge how close is too close, and a slip takes a second. Say it briefly: ‘By the water, I hold on to you.’ That way you can both enjoy it.

mud-allowed-old-clothes =
    .title = Mud is allowed: old clothes on
    .body = Does your toddler want to dig in the mud or wet soil? Put on old clothes today that may get dirty, and let them squish, scoop and smear. Join in for a bit: hands in the mud, ‘Brr, cold and sticky!’ A relaxed face from you says exploring is allowed, even when it gets messy. Hands out of the mouth, and wash them together afterwards. The washing machine does the rest.

road-of-tape-for-little-cars =
    .title = A road of tape on the floor
    .body = Does your toddler love little cars? Today, stick a road onto the floor with masking tape, with a bend and a car park, and lie down beside it yourself. Let your child drive wherever they like, even straight across the bend, and now and then follow their car with one of your own: ‘Beep beep!’ Lying on the floor at eye level with your child says: I’m really here, with you.

dressing-up-in-your-shoes =
    .title = Shuffling round in your shoes
    .body = Is your toddler shuffling around in your shoes, with your scarf or cap? Play along, surprised: ‘Who’s this coming in? Oh, it’s you!’ Put out a basket of old clothes, bags and hats, so dressing up can happen more often. Your child is trying out what it’s like to be someone else, preferably someone they admire: you. High heels and long scarves only with you around.

playing-doctors-after-a-visit =
    .title = Playing doctors after the doctor’s
    .body = Has your toddler been to the GP, the consultatiebureau (child health clinic) or hospital? Play it out at home with a cuddly toy: listening to its heart, sticking on a plaster, ‘Little prick, ouch!’ Let your child be the doctor and you the worried parent of the bear. In play your child is in charge of what was scary, which helps them process it. Rather be the patient? Be a very gentle doctor.

toddler-plays-at-being-you =
    .title = Your toddler plays at being you
    .body = Is your toddler heading off ‘to work’ with a bag, cooking in a little pan or phoning on a block? Your child is playing at being you. Join in today with roles swapped: you’re the child. ‘I’m hungry! Can I sit on your lap?’ Let your child look after you, comfort you or be strict, just like you. That’s how they practise being big. And you’ll hear which of your words have stuck.

playing-without-a-quiz =
    .title = Playing without a quiz
    .body = Do you often ask ‘What colour is this?’ or ‘What does the cow say?’ while you play? Leave those questions out today and just say what you see: ‘You’re putting the red one on the blue one!’ Quizzing turns play into a test, with right and wrong. Describing says: I’m watching you. Your child still gets words, and more peace to play. Does your child ask ‘What’s that?’ Then simply answer.

teddy-goes-away-and-comes-back =
    .title = Teddy goes away… and comes back
    .body = Today, act out a goodbye with a cuddly toy, using the words you say yourself when you leave: ‘Bye! I’ll be back after lunch.’ Let Teddy wave and walk him off behind the sofa. A little later he comes back, delighted: ‘Here I am again!’ That way the everyday goodbye becomes a story your child knows, with a good ending. Your child grabs Teddy? Then they take him away, and you wave.

on-your-backs-in-the-grass =
    .title = On your backs in the grass together
    .body = Dry and mild? Lie down on your backs in the grass together, in the park or the garden, and look up: clouds, a plane, leaves moving. Say little, point now and then: ‘There, a bird.’ A quiet moment like this fills your child up as much as an outing. Up again after a minute? Then that minute was enough. Stay lying there a little longer yourself, if you can.

no-need-for-a-packed-week =
    .title = No need for a packed week
    .body = Is your week full of toddler swimming, music class, playdates and outings, because your child ought to be experiencing things? No need. For a toddler an ordinary day is already full of news: the washing, the bin lorry, the neighbour with the dog, and you alongside. Too much programme makes many children restless instead. Drop one appointment this week and see how that free morning goes.

absorbed-in-play-leave-them-be =
    .title = Completely absorbed? Leave them to it
    .body = Is your toddler completely absorbed in play, sorting stones or pouring water? Don’t interrupt with questions, praise or a better idea. Stay nearby and watch. Play this focused is hard work, and your calm presence makes it possible. Does your child look for your eyes? Nod or smile, and let them carry on. Dinner can often wait five minutes.

a-den-of-their-own =
    .title = A den of their own under the table
    .body = Does your toddler love crawling under the table or behind the sofa? Make it their own den: a sheet over the table, a cushion and a cuddly toy inside. This is your child’s place: knock before you come in, and leave if your child says ‘no’. A corner of their own where they’re the boss gives a toddler calm, and the feeling of being listened to. Invited in? Crawl inside.

dolly-goes-to-bed-their-way =
    .title = Dolly goes to bed, your toddler’s way
    .body = Is your toddler putting a doll or teddy to bed, with a blanket and ‘Sleep well’? Play along, but follow your child’s version: let them decide what the doll needs. Listen closely to what they say and do. You’ll often hear what your child finds important about going to sleep, like a night light or that one cuddly toy. Maybe you’ll borrow something from the game tomorrow night.

baby-bird-in-the-nest =
    .title = A little bird in the nest
    .body = Build a nest on the floor today from cushions and a blanket. Your toddler is the baby bird, and you’re the big bird flying to and fro with a pretend worm: ‘Tweet tweet, who’s hungry?’ Then spread your arms like wings and tuck the little bird in. Being small and looked after for a while is a lovely way for a busy explorer to refuel. Your child wants to be the big bird next? Then you’re in the nest.

same-toys-different-room =
    .title = Same toys, different place
    .body = Is your toddler grizzly, and do the toys no longer do anything for them? Move the game: blocks into the hallway, cars onto the kitchen floor, a tub of spoons and cups onto the balcony. In a different place familiar things look new, and you don’t need to buy anything. You come along, with your coffee. Not working? Perhaps your child is tired, and your lap is best.

sock-puppet-that-asks =
    .title = A sock puppet that asks questions
    .body = Pull an old sock over your hand, draw two eyes on it and let the puppet talk in a funny voice: ‘Hello! What are you up to?’ Many toddlers respond to a puppet quite differently than to you: they give it a kiss, a bite of food or a cross look. Let the puppet mostly listen and be amazed. Does your child want the puppet? Then you talk to the sock.

scared-of-the-lion =
    .title = You’re scared of the lion
    .body = Play today that your toddler is a lion or a dinosaur. Do they roar? Then jump in exaggerated fright and hide behind a cushion: ‘Help, a lion!’ All day long a toddler is small among big people; in this game they get to be big and strong for once. Does your child suddenly look unsure? Come out laughing: ‘It’s just me, and you’re my lion.’

bye-slide-see-you-tomorrow =
    .title = Saying bye to the slide
    .body = Is leaving the playground a battle every time? Make it a fixed goodbye round: ‘Bye slide, bye swings, bye ducks. See you tomorrow!’ Let your child wave or give the slide a little tap. A fixed ritual turns a sudden stop into an ending with a promise: it’ll still be there tomorrow. Protest is allowed too; you say ‘see you tomorrow’ once more, and off you go.

people-watching-from-a-bench =
    .title = People-watching from a bench together
    .body = Sitting on a bench with your toddler, in the square or at the station? Watch who goes by and wonder out loud what’s going on inside them: ‘That man’s running. Does he want to catch the bus?’ ‘That dog’s pulling on the lead. I bet he wants to go home.’ Your child hears that everyone wants and feels things, even strangers. Your child points at someone? Make up a little story about them together.

out-with-a-torch =
    .title = Out with a torch
    .body = Getting dark early? Put your coats on and go outside together for a bit after dinner, with a torch your toddler holds. Shine it on a tree, a bike, the letterbox. The dark is exciting and a little scary; with your hand there, it becomes an adventure. Short is enough. Still light till late? Close the curtains at home and find the cuddly toys by torchlight.

the-same-horse-every-week =
    .title = The same horse every week
    .body = Is there a field with a horse, goats or ducks near you? Make it a regular walk, say on Saturday mornings. On the way, start telling: ‘We’re going to see the horse. Do you think he’ll be there?’ An outing that keeps coming back gives your child something to look forward to, and something that holds. Horse not there one time? ‘He’s somewhere else. Next week again.’

bus-or-train-by-the-window =
    .title = On the bus or train: together by the window
    .body = Taking the bus or train with your toddler? Sit them on your lap or next to you by the window, and look out together: ‘Look, a bridge. Now we’re stopping.’ Noises, doors and strangers are a lot at once; your arm around your child and your voice are the fixed point in a moving world. Getting off soon? Say so a stop ahead.

day-out-leave-on-a-high =
    .title = A day out: leave on a high
    .body = Off to the zoo, a theme park or a festival? For a toddler, a day like that is a storm of noise, people and new things. Watch for the first signs that it’s enough: rubbing eyes, flopping, whining, or getting wild instead. Then head home or to a quiet spot, even if you haven’t seen everything. A short outing that ends well beats a long one that ends in tears.

merry-go-round-wave-each-time =
    .title = On the merry-go-round: a wave every time round
    .body = Does your toddler want a go on the merry-go-round but not dare to go alone yet? Ride along the first time. If they want to go alone after that, stand in one spot where your child sees you every time round, and wave each time: ‘There you are again!’ Away and back, and you’re there every time: practice in letting go. Looking frightened? Ask if it can stop.

hiding-in-the-shop-is-no-game =
    .title = Hiding in the shop isn’t a game
    .body = Does your toddler love hiding among the clothes racks, or running off giggling in the shop? At home, hide-and-seek is wonderful; away from home, it isn’t. Agree on it briefly beforehand: ‘In the shop, you stay with me. We do hiding at home.’ And keep your word: really play hide-and-seek at home that afternoon. Your child doesn’t lose the game; it just gets its own place.

do-you-know-the-way =
    .title = ‘Do you know the way?’
    .body = Do you often walk the same route, to the playground or the baker’s? Ask on the way: ‘Do you know the way? Show me!’ Follow your child at the turns, even when they go the wrong way, and walk on the road side yourself. Showing you the way gives a big feeling: I know my world, and you walk with me. Took a wrong turn? Then you find the way back together.

rolling-down-a-grassy-slope =
    .title = Rolling down a grassy slope together
    .body = Is there a gentle grassy slope or a dune in the park, with no bushes or water at the bottom? Lie down at the top and roll down together, your child right beside you. At the bottom: grass in your hair, laughter and a cuddle. A wild movement with you alongside is exciting and safe at once. Dizzy or upset? Sit together until the world stands still again.

carrying-everything-here-to-there =
    .title = Carrying everything from here to there
    .body = Does your toddler spend all day lugging things from one room to another, stuffing everything into bags and taking it out again? It looks pointless, but this is serious play: filling, carrying, emptying. Give your child a bag or basket of their own and let them get on with it. Ask: ‘What are you bringing me?’ and accept the delivery. Lost your keys? Check the basket first.

painting-the-fence-with-water =
    .title = Painting the fence with water
    .body = Give your toddler a bucket of water and a big brush outside, and let them ‘paint’ the fence or the pavement. The water leaves dark patches that slowly vanish, so it can go on and on. Grab a brush yourself and ask: ‘Where shall I paint?’ Your child is the boss of the job, and that feels big. Stay nearby, and empty the bucket afterwards.

your-toddler-directs-the-story =
    .title = Your toddler is the director
    .body = Is your toddler playing out a little story with figures, animals or cars? Today, ask at each step: ‘And what’s the cow going to do now?’, and do what your child says, even if it makes no sense. The cow flies? Then the cow flies. Your child notices that their ideas count and that you’re playing in their world. Not many words yet? Pointing and pushing are directions too.

pretend-to-sleep-be-woken =
    .title = Pretend to sleep, and be woken up
    .body = Lie down on the sofa or the floor, close your eyes and snore loudly. Does your toddler wake you, with a poke, a kiss or ‘Wake up!’? Jump awake and call out happily: ‘There you are!’ And again. Away for a moment yet close by, with your child deciding when you come back: many toddlers could play this forever. And you get to lie down. Swapping works too: now your child sleeps and you wake them.

jump-and-i-will-catch-you =
    .title = ‘Jump, I’ll catch you!’
    .body = Does your toddler want to jump off a low wall or the edge of the sandpit? Stand right in front, arms open, and count together: ‘One, two… three!’ Catch your child and put them down again. Another go? Every jump into your arms says: when I dare something, you’re there. Pick a low spot with soft ground below. Rather jump alone, both feet together? Then just hold a hand, and cheer.


another-child-cries-yours-too =
    .title = Another child cries, and yours joins in?
    .body = Does your child start crying as soon as another child does, at the playground or at a friend’s? Young children sometimes feel someone else’s distress as if it were their own. Bring your child close and say calmly: ‘That boy is sad. His dad is comforting him. You’re here with me.’ Your child learns that someone else’s sadness isn’t dangerous. That sensitivity is an early start of empathy.

bath-over-a-warm-towel-waiting =
    .title = Won’t get out of the bath? Let a towel wait
    .body = Does your child protest as soon as bath time is over? Give them something to go to: hold a warm towel wide open, say ‘Into the towel nest!’ and wrap them up snugly, with a cuddle. Stopping something fun is easier when something nice is waiting. Warm the towel on the radiator first. And as long as your child is in the water, you stay right there.

count-your-noes-change-the-room =
    .title = Count your no’s, then change the room
    .body = Do you hear yourself saying ‘no’ all day, to the plant pot, the cables, the bottom drawer? One morning, count how often you say no, and what for. For every no that keeps coming back, change the room instead of your child: move things higher or behind a door. Your toddler gets more room to explore, and the no’s that are left carry more weight. It’s simply calmer for you both, too.

scared-of-the-hand-dryer =
    .title = Scared of the hand dryer or the flush?
    .body = Does the roaring hand dryer or the loud flush in a public toilet make your child jump? You don’t have to push through it. Flush when your child is already by the door, dry hands with paper, or cover your ears together: ‘Here comes the noise… and done!’ That gives your child some control over something that used to be only scary. A few months on, your child may well want to press the button.

screaming-in-the-car-while-you-drive =
    .title = Screaming in the car while you drive?
    .body = Is your child screaming or squirming in the car seat while you drive? Keep your eyes on the road and talk calmly: ‘I can hear you. You’re cross. I’ll stop soon.’ Sing a familiar song if it helps. Stop as soon as it’s safe, in a car park, then comfort them properly. Never unbuckle your child on the way, and don’t reach behind you. A little crying in a safe seat, with your voice there, does no harm.

the-look-before-the-forbidden-thing =
    .title = That look just before the forbidden thing
    .body = Does your child head for the plant that’s off limits, then glance at you first, with a grin? That isn’t cheek but a question: does the rule still stand? Answer the look before little hands reach the soil: ‘I see you looking. The soil stays in the pot.’ Say it kindly, just like yesterday. A limit that sounds the same every time gives something to hold on to. And you may find that grin funny.

say-what-they-can-do =
    .title = Say what they can do
    .body = Is your child throwing blocks today, or drumming on the window with a spoon? Try saying what they can do instead of what they can’t: ‘Blocks stay on the floor. You can throw the soft ball.’ Or: ‘We drum on the pan.’ In ‘don’t throw’, a toddler mostly hears ‘throw’. A sentence that shows what is allowed gives the urge somewhere to go. Point as you say it; that helps too.

just-a-moment-then-really-come =
    .title = ‘Just a moment’, and then really come
    .body = Is your child tugging at your trousers while you finish a sentence or empty the washing machine? Practise short waits that you keep: ‘Two more socks, then I’m coming.’ And then do come, straight away. Young children can barely wait yet, and they only learn to when ‘a moment’ keeps turning out to be short. Start with a few seconds. Tears anyway? That isn’t failure; your child is still learning.

let-the-game-wait =
    .title = Let the game wait
    .body = Does your child need to stop playing because dinner’s ready, and does it end in protest? Don’t make the game disappear; let it wait. The train stays on the track, teddy gets a spot on the chair next to your child: ‘The train waits here. After dinner it drives on.’ Letting go is easier when your child knows the game will still be there. And who knows, teddy may enjoy the meal too.

dog-owner-says-come-and-stroke =
    .title = ‘He’s friendly, come and stroke him!’
    .body = Does a dog come up to you in the street, its owner cheerfully inviting your child to stroke it, while your child clings to you? You and your child set the pace, not the dog owner. Pick your child up or step in front: ‘We’ll watch from here first.’ Name what you see: ‘He’s wagging. He’s sniffing the tree.’ Your child feels you keeping them safe. Stroking can come later, when your child wants to.

hand-or-carry-in-the-car-park =
    .title = In the car park: hand or carry
    .body = Has your child started running off everywhere, including in the car park or along the kerb? Make it a fixed rule that you say the same way each time: ‘Near cars: hand or carry. You choose.’ No hand? Then you carry them, without discussion and without anger. A short rule that never changes is clearer for a toddler than any explanation of danger. On the grass afterwards, there’s room to run again.

play-with-no =
    .title = Play with ‘no!’
    .body = Has your child discovered ‘no!’ and now says it to everything? That’s practising a will of their own, and you can play with it too. Point at your knee: ‘Is this your nose?’ ‘No!’ Point at your elbow: ‘Is this your nose?’ ‘No!’ Act more and more amazed. Your child gets to say no with lots of fun, and finds out a no is safe with you. That can make the no’s you can’t grant a little lighter.

after-their-no-wait-a-moment =
    .title = After a ‘no’, wait a moment
    .body = Do you offer your child a book or your hand, and out comes an instant ‘no!’? Say ‘Okay’ and simply leave the book there. A toddler’s no is often a reflex at first: I want to decide. Given half a minute of room, many children take the book after all, but now as their own choice. Don’t push, and don’t comment if they do. That way your child’s no keeps counting for something.

stranger-asks-your-child-something =
    .title = When a stranger asks your child something
    .body = Does the cashier or a neighbour ask your child’s name, and your child ducks behind your leg? Simply answer for them, lightly: ‘This is Sam. She likes a good look at you first.’ Your child doesn’t have to perform, and hears that looking is allowed. Try not to say ‘Don’t be shy’: it only makes the moment bigger. At home you could play shop later, and practise ‘hello’ on a small scale.

you-pressed-the-button-first =
    .title = You pressed the button, and now it’s a drama
    .body = Did you press the lift button or the doorbell out of habit, and is your child inconsolable because they wanted to do it? For a toddler that’s a real loss. Say: ‘Oh, you wanted to press it. I was too quick.’ Can it be redone? Step out of the lift and do it again together. If not, acknowledging it is enough. A parent who says ‘that went wrong’ shows that things can be put right.

child-hits-you-when-cross =
    .title = Does your child hit you when cross?
    .body = Does your child hit you after hearing no? Put your hand in the way and say briefly: ‘You may not hit me.’ Then show where the anger can go: stamping like an elephant, pushing as hard as they can against your palms, thumping a cushion. ‘Stamp, that’s how cross you are!’ A toddler feels anger in their whole body, and that force needs somewhere to go. Stamp along yourself; it often ends in a laugh.

your-child-bites-another-child =
    .title = Your child bites another child: don’t bite back
    .body = Does your child bite a friend or cousin while you’re there? Breathe out and say briefly and calmly: ‘Stop. Biting hurts.’ Then take your child aside for a moment, away from the play, until you’re both calmer. Told to ‘bite back, so he knows how it feels’? Don’t: it mainly teaches your child that big people may hurt. Biting is common in toddlers, often from frustration, and says nothing about you.

your-child-got-bitten =
    .title = Your child got bitten
    .body = Has another child bitten your child? Comfort first and say what happened: ‘That boy bit your arm. It hurt and gave you a fright.’ Rinse the spot with water and cool it with a wet flannel. Keep your own anger at the other child or parent to yourself for now; that child is little too. Is the skin broken, or does the spot later turn red, warm or swollen? Then contact your GP (huisarts).

tantrum-at-the-checkout =
    .title = A tantrum at the checkout
    .body = Is your child lying on the floor at the checkout, screaming for sweets? Look at your child, not at the queue. Crouch down, say one sentence, ‘You want it so much. It’s still no,’ and stay. Can’t pay and comfort at the same time? Leave the trolley for a moment and go outside with your child until the storm passes. Next time, it may help to shop after a snack and a nap, or use a till without sweets.

tantrum-on-the-floor-make-it-safe =
    .title = Thrashing on the floor? Make the spot safe
    .body = Does your child throw themselves on the floor during a tantrum, kicking, sometimes banging their head? You don’t have to stop the storm; make sure it can blow over safely. Push the chair away, slip a cushion under their head, stay close and calm. Safety comes first, even mid-storm. Does your child often bang their head hard, or are you worried? Talk to the consultatiebureau (child health clinic).

after-the-storm-comfort-not-a-lesson =
    .title = After the storm: comfort, not a lesson
    .body = Is the tantrum over, and is your child sobbing, sweaty and exhausted? A storm like that takes a lot out of a small body. Look after that body first: a sip of water, a cool flannel over the face, a moment snuggled against you on the sofa. A lesson about what went wrong won’t go in now. Your child notices: even after the biggest storm, someone takes care of me. Then carry on with something small.

front-door-give-them-a-job =
    .title = Trouble at the front door? Give them a job
    .body = Does your child dig their heels in at the front door every morning while you’re already late? Give the trip outside a purpose that belongs to your child: carrying the key, posting the letter, waving to the neighbours’ cat. ‘You’ve got the key. Will you open the door?’ With a job, being dragged along turns into joining in. Not working today? Calmly pick them up. Tomorrow is another chance.

climbing-into-the-car-seat-themselves =
    .title = Climbing into the car seat themselves
    .body = Does your toddler go rigid as soon as you try to lift them into the car seat? Let your child get in themselves: through the door onto the back seat, then climbing into the car seat. ‘You climb, I do the click.’ A child who gets to do it has less to fight about. It takes a few extra minutes; plan for them. You always fasten the straps yourself, snugly, and only drive off once everything is secure.

a-tantrum-is-not-a-plan =
    .title = A tantrum isn’t a plan
    .body = Do you sometimes think, mid-tantrum: my child is doing this to wind me up? Today, swap that thought for: it’s all too much for my child right now. The part of the brain that puts the brakes on feelings is still very much growing in toddlers; a tantrum is an overflow, not a strategy. With that thought you stay calm more easily, and your calm helps those brakes grow. Understanding isn’t giving in.

pushed-away-mid-tantrum =
    .title = Pushed away mid-tantrum?
    .body = Does your child refuse to be touched during a tantrum, pushing or kicking you away? Respect that, but don’t leave. Take a step back, sit at eye level and say: ‘I’m staying here. If you want a cuddle, I’m here.’ One child wants to be held tight, another needs some space; this is how you find out what yours needs. Often your child crawls over to you by themselves after a while.

told-to-ignore-tantrums =
    .title = ‘Just ignore those tantrums’
    .body = Have family or the internet told you to ignore tantrums and walk away? You can hold your limit without leaving your child alone with a feeling that’s still too big for them. Stay nearby, say little, and don’t give in. Your child learns: my anger doesn’t change the rule, but I’m not alone with it either. For anyone who asks: ‘I’m not giving in. I’m just staying close.’

a-week-of-tantrum-notes =
    .title = A week of tantrum notes
    .body = Do the tantrums seem to come out of nowhere? For one week, jot down briefly when they happen: what time, where, and what came just before. Often a pattern appears: right before meals, after a busy morning, at every change of activity. That gives you something to work with, like a snack in your bag or a calmer morning. Not every tantrum can be prevented, and it doesn’t have to be.

bit-someone-at-childcare =
    .title = ‘Your child bit someone today’
    .body = Are you told at pick-up that your child bit another child at childcare? Don’t punish at home afterwards: hours later, a toddler no longer knows what it’s about. Instead, ask what happened just before: lots of bustle, a toy taken, tiredness? Agree how you will both respond, with the same short words. One approach, at home and there, helps your child most. Usually it’s a phase that passes.

sad-about-the-lost-balloon =
    .title = Sad about the balloon that flew away
    .body = Has the balloon floated off, or the ice cream landed on the ground, and is your child deeply sad? Say what you see: ‘Your balloon’s gone. You’re sad about that.’ Watch it go together. You don’t need to fix the sadness straight away with a new balloon or another ice cream; if it may stay for a while, it often fades by itself. Your child learns that sadness is a feeling someone stays with.

everything-is-mine =
    .title = ‘Mine!’ Suddenly everything is theirs
    .body = Does your child shout ‘mine!’ all day, about their own cup but also your phone and another child’s bucket? This is how your child discovers they are a person, with things of their own. Today, calmly say whose things are whose: ‘Yes, that cup is yours. The phone is mine. The bucket is Sem’s.’ No lecture about sharing. A child who knows their own things are safe finds lending easier later on.

no-question-when-no-choice =
    .title = No question when there’s no choice
    .body = Do you hear yourself asking ‘Shall we put your coat on?’ or ‘Shall we go to bed?’, when the answer is already decided? Then ‘no!’ is an honest reply. Today, say it as a friendly statement instead: ‘It’s time for your coat.’ Save questions for moments when your child really has a say. That makes it clear when your child’s voice counts, and it counts often enough.

decide-before-you-say-no =
    .title = Decide first, then say no
    .body = Do you sometimes say no, and then yes after ten minutes of whining? What your child mostly learns then is that whining works, and every next no becomes a longer battle. Today, take a second before you answer: is this really a no? If so, hold it kindly. If you’d give in anyway, say yes straight away. A few no’s that hold give a child more clarity than lots of no’s that wobble.

say-it-once-then-help =
    .title = Say it once, then help
    .body = Are you calling ‘Wash your hands!’ for the fifth time, louder each time, while your child just keeps playing? A toddler who’s absorbed in play often genuinely doesn’t hear you. Say it once, up close and at eye level, then help straight away: ‘Come on, I’ll help your hands.’ Calm action is clearer than ever louder words. And it saves your voice for nicer things.

playdate-put-the-favourites-away =
    .title = A playdate coming? Put the favourites away
    .body = Is another child coming to play today? Beforehand, choose together one or two things that are too special to share, like the favourite cuddly toy, and put them away. Toddlers can barely share yet, and that’s normal: discovering ‘mine’ comes first. That way your child doesn’t spend the whole visit guarding their treasure. Do put out enough toys for two.

taking-turns-first-with-you =
    .title = Taking turns, first with you
    .body = Playing with other children is still hard for a toddler. So practise taking turns with you first, where it feels safe: roll a ball back and forth, saying ‘My turn… your turn!’, or take turns putting a block on the tower. Keep the turns short, because waiting is hard work. With you, your child learns that giving up a turn doesn’t mean losing it: it comes back.

your-child-snatches-a-toy =
    .title = Your child snatches a toy
    .body = Does your child grab a toy from another child? Sit down with them and give it back together: ‘Mila had the car. We’re giving it back.’ Then stay with your own child, who is now disappointed: ‘You really wanted that car.’ Find something else together, or ask whether your child can have a turn later. That way you look after both children, and your child doesn’t have to feel like ‘the naughty one’.

waiting-in-a-queue-game =
    .title = Waiting in a queue? Play a game
    .body = Are you in a queue with your child at the bakery, the post office or the pharmacy? For a toddler, a few minutes last forever. So do the waiting together: ‘Can you see something red?’, or play a finger game on your hand. Your child doesn’t have to manage the wait alone; with you alongside it goes better. Does that teach waiting too? Bit by bit, yes.

let-them-make-the-ending =
    .title = Let your child make the ending
    .body = Does water play need to stop, at the paddling pool, the kitchen sink or the water pump in the park? Put the last step in your child’s hands: pouring the final bucket over the plants, turning off the tap themselves, putting the ducks in the basket. ‘You can finish it.’ A child who makes the ending has less need to fight it. Protests anyway? That’s allowed, and the ending stays.

me-do-it-but-running-late =
    .title = ‘Me do it!’, but you’re already late
    .body = Does your child want to put their own shoes on, just on the morning you’re in a hurry? Make two kinds of days. On calm days, plan ten extra minutes so your child can try, however long it takes. On rushed days, be honest: ‘Today I’ll help, because we need to be quick. Tomorrow you do it.’ Then really keep to that tomorrow. Their will gets room, without every morning turning into a battle.

sit-down-strike-on-the-pavement =
    .title = A sit-down strike? Don’t pull on their arm
    .body = Does your child drop down on the pavement and refuse to take another step? Don’t pull them up or along by one hand or arm: in young children an elbow can slip out of place that way. Crouch down and name it: ‘You don’t want to go on, do you.’ If needed, lift your child with your hands under the armpits. Near the road? Lift straight away. Not using an arm afterwards? Call your GP (huisarts).

swapping-in-the-sandpit =
    .title = Swapping in the sandpit
    .body = Is your child set on another child’s spade in the sandpit? Instead of ‘share nicely’, you can teach swapping: put something else in your child’s hand and say, ‘Ask: swap?’ If the other child says no, that’s an answer too, and you stay with your child in their disappointment. Swapping makes more sense to a toddler than sharing: you give and you get. Bring a spare spade to swap with.

everyone-laughs-except-your-child =
    .title = Everyone laughs, except your child
    .body = Does your child tumble over with a funny face, or say something sweet, and the whole family laughs while your child’s lip starts to wobble? To a toddler, being laughed at can feel like being rejected, even when it’s kindly meant. Go over and say: ‘Everyone laughed. You didn’t like that, did you?’ To the others, lightly: ‘That gave us a fright.’ Your child feels that you’re on their side.

waiting-for-the-swing =
    .title = Waiting for the swing
    .body = Is the swing taken, and does your child want it right now? Wait together, side by side, and make the waiting visible: ‘That girl is still swinging. Let’s count along: one, two…’ Ask the other parent: ‘Ten more pushes, then swap?’ Waiting with something to watch and an end in sight is just about doable for a toddler. And if it still takes too long, the slide is fun too.

carried-in-a-crowd =
    .title = Wants to be carried in a crowd?
    .body = Does your child walk everywhere at home, yet suddenly want to be on your arm at the market, the station or a party? Pick them up. Crowds, lots of legs and loud noises are much scarier at toddler height than at yours. From your hip, your child can see everything, with you as their safe place. It isn’t a step backwards; once things calm down, most children want to get down again by themselves.

words-instead-of-a-push =
    .title = Words instead of a push
    .body = Does your child push another child away at the slide or the sand table? Stand beside them, hold the pushing hand, and give your child the words they don’t have yet: “You want a go too. Say: ‘Me too!’” Or: “Say: ‘Stop!’” Practise the sentence together. A push is often a sentence that can’t come out yet. The more words your child has, the less their hands need to say. Keep repeating.

no-forced-sorry =
    .title = No forced ‘sorry’
    .body = Has your child hurt another child, and is the other parent looking at you expectantly? Don’t make your child say ‘sorry’: a toddler will say the word, but feel little behind it. Say it yourself instead, out loud, to the other child: ‘Sorry, that hurt. Shall I stroke your arm?’ Your child sees what making amends looks like. Often they’ll copy you later on their own, with a stroke or a toy.

child-says-a-feeling-word =
    .title = Does your child say ‘cross!’ themselves?
    .body = Do you suddenly hear your child use a feeling word themselves, ‘cross!’ or ‘scared’, perhaps only half clear? That’s a big step: the feeling becomes a word instead of only a scream. Take it seriously and ask: ‘You’re cross. What about?’ If your child points at something, say what you understand. A word in your home language counts just as much. Your child notices: when I say it, someone listens.

scared-of-a-costumed-figure =
    .title = A clown or mascot coming? Tell them beforehand
    .body = Are you going to a party, a parade or a theme park with a clown, a mascot or other people in costume? Many toddlers are frightened by a big figure whose face never changes. Tell your child beforehand, in a few words: ‘There’ll be a clown, with a red nose. There’s just a person inside.’ And promise: ‘If you find it scary, we’ll walk away together.’ Keep that promise; going closer isn’t needed.

too-high-at-the-top-of-the-slide =
    .title = At the top of the slide, suddenly too scared
    .body = Did your child insist on the big slide, only to burst into tears at the top? Climbing back down is a choice too, not a failure. Stand close or climb up behind and say: ‘You wanted to, and now it feels too high. Then we’ll go back.’ Help your child down safely, without pushing or persuading. A child who is allowed to turn back often dares a little more the next time.

teach-the-word-help =
    .title = Teach your child to say ‘help!’
    .body = Does your child scream with frustration when the lid won’t come off the tub or the sock won’t go on? Give them a word and a gesture for asking: ‘Say: help!’ and hold your hands out together. Then respond straight away and help just a little. Bit by bit, the scream turns into a question. Your child learns: when something won’t work, I can fetch someone. That’s part of growing independent too.

dont-redo-their-job =
    .title = Don’t redo their job
    .body = Did your child ‘lay the table’ or put their own shoes on, but not quite the way you would? Leave it, even with the spoon on the wrong side or the shoes on the wrong feet. Fixing it in front of your child says, without words: it wasn’t good enough. If something really must change, do it later, out of sight. Look at the pride on that face instead; it’s worth more than a neat table.

picked-blue-now-wants-red =
    .title = Picked the blue cup, now wants the red
    .body = Did your child choose the blue cup, and now burst into tears because they want the red one after all? Toddlers are just finding out that choosing also means not getting the other thing. Stay kindly with the choice: ‘You chose blue. Now you want red. That’s annoying.’ You don’t need to swap, or get cross. Carrying disappointment with someone beside you is exactly what your child is practising.

name-their-pride =
    .title = Name your child’s pride
    .body = Does your child manage something and turn to you, beaming? Instead of ‘Good job!’, try naming what your child feels: ‘You’re proud, aren’t you! You did it all by yourself.’ Let them savour it without adding anything straight away. Your child learns that pride is a feeling inside, not only a compliment from outside. It’s a feeling they can find later even when nobody’s watching.

name-the-happy-feelings-too =
    .title = Name the happy feelings too
    .body = We often name feelings when there’s anger or sadness. Today, watch for the good ones too: ‘You’re jumping up and down! You’re so happy Grandpa’s here.’ Or: ‘You’re all calm, so cosy in the bath.’ A child who also gets words for happy, excited and content learns that all feelings are seen, not just the tricky ones. A bonus: you notice more of what’s going well, too.

new-toddler-group-arrive-early =
    .title = A new toddler group? Arrive a little early
    .body = Are you going somewhere new with other toddlers, like toddler swimming, a music group or a play morning? Arrive ten minutes early, while it’s still quiet and empty. Your child can explore the room calmly with you there, before the bustle begins. A child who already knows the place copes better with the group. Sit in the same spot for the first few weeks, too; that makes it extra familiar.

too-wild-slow-the-game =
    .title = Too wild? Slow the game before it tips
    .body = Running, shrieking, chasing: the game keeps getting wilder, and you know how it usually ends. Slow it down before it tips over: move more slowly, speak more softly, turn the chase into tiptoeing. End with something calm, like lying side by side looking at the ceiling. A toddler can’t yet put the brakes on alone; you are the brakes. Laughter is welcome, and you land together.

tantrums-mostly-at-home =
    .title = Tantrums mostly with you?
    .body = Do you hear from childcare or the sitter that your child is an angel there, while at home it’s one tantrum after another? That feels unfair, but it says something lovely: with you, your child dares to show everything, even what they held in all day. Take a snack and a drink along at pick-up; an empty tummy makes storms fiercer. And look after yourself: a safe place may be tired too.

coat-flip-trick =
    .title = The coat trick: putting it on alone
    .body = Does your child insist on putting their coat on alone, but the sleeves keep tangling? Lay the coat open on the floor, inside facing up, with the collar at your child’s feet. Arms into the sleeves, then one big swing over the head: coat on! Show it a few times and let your child try. Managing something that didn’t work before gives a toddler a big feeling. And you have one less battle at the door.

odd-socks-are-fine =
    .title = Odd socks? Fine
    .body = Does your child insist on wellies in the sunshine, two different socks, or a princess dress to the supermarket today? Just check that it’s safe and warm enough. If so, let it be. Clothes are one of the first things a toddler gets to decide about for themselves. Comments from others? ‘Chosen all by themselves’ is enough. And pack a spare jumper, just in case.

birthday-present-hard-to-hand-over =
    .title = Won’t hand over the birthday present
    .body = Off to a child’s party, and does your child clutch the present when it’s time to give it? Understandable: it’s lovely, and toddlers barely grasp giving things away yet. Don’t pull it from their hands. Say what you see, ‘You think it’s lovely too, don’t you’, and give it together, your hand around theirs. Not working? Then you give it, your child beside you. A heartfelt ‘here you are’ comes later.

comforting-another-child-together =
    .title = Comforting another child together
    .body = Does a child fall over at the playground while yours looks on, startled? Say what you see: ‘That girl fell. She’s crying, her knee hurts.’ Think together about what might help: handing back her hat, a little wave, seeing whether her mum is coming. With you alongside, your child practises caring about someone else. Would your child rather just watch? Fine too; empathy starts with noticing.

where-the-feeling-sits-in-the-body =
    .title = Where is the feeling in your body?
    .body = Can you see something brewing in your child, with clenched fists, a red face or stamping feet? Name what you see in their body: ‘Your hands are all stiff. Is there anger in there?’ Or with fear: ‘You’re holding on to me so tightly.’ Bit by bit, your child gets to know their own signals, long before they can explain them. Recognising them is, later on, the first step towards calming down alone.

a-scary-picture-in-the-book =
    .title = A scary picture in the book
    .body = Does your child quickly turn the page, or push the book away, at the wolf or the monster? Let your child be in charge of the scary bit: ‘Is he scary? Then we’ll skip him.’ Or cover the picture together with your hand. Many toddlers come back to it later, snuggled close: a quick peek, then shut again. A child who decides how much scary dares to look more. Tomorrow they may want that very book.

practise-calm-breathing-in-play =
    .title = Practise calm breathing while things are calm
    .body = A toddler can’t learn calm breathing mid-tantrum. Practise it when things are going well, as a game: blowing bubbles, blowing a feather across the table together, or ‘blowing out the candles’ on your fingers. Blow very slowly with them. When you do it later in a tricky moment, ‘Shall we blow out the candles?’, your child already knows it. Not yet? Then you breathe slowly for you both.

yes-later-instead-of-no =
    .title = ‘Yes, later’ instead of ‘no’
    .body = Does your child ask to go outside, for a biscuit or another book, when it doesn’t suit now but will later? Then don’t say ‘no’ but ‘yes, later’, and make it concrete: ‘Yes, after dinner we’ll go outside.’ Many children of nearly two can follow an ‘after’ like that quite well. The wish gets a place to go instead of a closed door. And once dinner’s done, really fetch the coats: ‘Off we go!’

gave-in-yesterday-start-again =
    .title = Gave in yesterday? Start again today
    .body = Yesterday, tired and worn out, did you hand over the biscuit after a long tantrum after all? It happens to every parent, and it breaks nothing. Today, simply say your no calmly again, without explaining about yesterday, and hold it. A child doesn’t need a parent who gets it perfect every time, just one who is consistent often enough. Your child will test it; that’s how they learn what holds today.

left-out-by-bigger-children =
    .title = Left out by the bigger children
    .body = Is your child desperate to join in with older children, cousins or neighbours, who run off or shout ‘You’re too little’? That hurts. Say what you see: ‘You wanted to join in. They didn’t let you. That’s a shame.’ Then find a role together, like throwing the ball back or cheering a goal, or play with you for a while. Your child feels seen, and you don’t have to force the big ones.

the-easy-quiet-child =
    .title = The easy, quiet child
    .body = Is your child often content, playing quietly and asking for little? A quiet child needs your attention too, precisely because they don’t ask for it. A few times today, sit beside your child unprompted and watch: ‘What are you building?’ Your child feels: I’m seen even when I’m quiet. Does your child seem withdrawn rather than content? Mention it at the consultatiebureau (child health clinic).

when-tantrums-worry-you =
    .title = Do the tantrums worry you?
    .body = Tantrums belong to this age, and children differ in how often they have them. Do they often last a very long time, does your child often hurt themselves, or can your child hardly be comforted afterwards? Or are you completely worn out yourself? Talk it over with the consultatiebureau (child health clinic) or your GP (huisarts). You don’t have to wait until you’re sure; asking helps you both.

it-has-to-be-exactly-so =
    .title = It has to be exactly like that
    .body = Must your child peel the banana themselves, must the same person switch off the light each time, must it always be that cup? Many toddlers around two want things to go exactly the way they always do. It gives them a sense of control in a world they barely understand yet. Go along with it where you can. Did it go differently anyway? Name it, ‘Oh, that wasn’t how you wanted it’, and stay with them.


cuddly-toy-may-join-the-bed =
    .title = Now the cuddly toy may come to bed
    .body = Is your child one year old or more? Then a small, soft cuddly toy may go to bed with them, without loose eyes or long ribbons; a pillow or duvet isn’t needed yet. Let your child choose it and give it a place in the bedtime routine: ‘Teddy’s going to sleep too.’ That way your child has something familiar to hold at night when you’re not there. Not interested? Fine: not every child wants one.

a-taste-from-your-plate =
    .title = A taste from your plate
    .body = Is your toddler eating more and more of the family meal? Today, offer a bite from your own plate, and taste it yourself first where they can see: ‘Mmm, rice and spinach.’ Children read from your face whether food can be trusted, and eating what you eat feels like belonging. Set your child’s portion aside before lots of salt or hot spices go in. Quarter round things like grapes lengthwise.

drink-cup-within-reach =
    .title = Thirsty? A cup within reach
    .body = Does your child point at the tap or call out ‘drink!’? Today, put their own cup of water with a lid in a fixed, low spot, say on a stool in the living room, and let them fetch it themselves. Your child feels what they need and can do something about it, with you close by if it doesn’t work. That little ‘I can do it myself’ does a toddler good. Rather drink together? That’s fine too.

jab-in-the-second-year =
    .title = A jab in the second year: be honest
    .body = Is a jab coming up at the consultatiebureau (child health clinic)? Your child understands more now than you might think. On the day, tell them briefly and honestly: ‘You’re getting a little jab. It hurts for a moment, and I’ll hold you.’ Don’t promise it won’t hurt. Bring the cuddly toy and comfort for as long as needed. Your child learns that your words hold true.

hair-wash-look-at-the-ceiling =
    .title = Hair washing: your child says ‘now!’
    .body = Does your child cry at hair washing? Hand them control of the moment: ‘You tell me when the water can come.’ Really wait for that ‘now!’ or a nod, then rinse quickly. A cheerful picture on the ceiling helps their head tip back by itself, so less water runs into their eyes. Someone who gets to decide when the scary bit happens copes better. In the bath, always keep a hand on your child.

bedtime-bottle-before-brushing =
    .title = The evening bottle, before brushing teeth
    .body = Does your child fall asleep with a bottle of milk in bed? From today, move the bottle to the sofa: drinking together on your lap, then brushing teeth, then bed. After brushing, only water; that’s better for their teeth. The cuddle with the bottle stays, only the place changes. Protests on the first evenings? Then stay with your child in bed for a little longer.

back-teeth-coming-through =
    .title = Back teeth coming: chewing hurts
    .body = Has your child suddenly stopped chewing on a bread crust, with their hands going to their mouth all the time? Back teeth may be coming through. For a few days, offer softer food such as porridge, yoghurt or banana, and a cold (not frozen) flannel to bite on. Say what you see: ‘Your mouth hurts, doesn’t it?’ Eating less on days like these is fine. Unsure about pain relief? Ask your GP (huisarts).

food-on-the-floor-means-done =
    .title = Food on the floor? Maybe they’re done
    .body = Is your toddler throwing food off the plate halfway through the meal, or just smearing it around? Often that means: I’ve had enough. Ask: ‘Are you finished? Then the plate goes away.’ Take the plate calmly, without a cross voice, and let your child out of the chair. That way they notice their signal gets through. Later they learn to say or sign ‘finished’, and the throwing eases.

stomach-bug-night =
    .title = Sick in the night: comfort first
    .body = Has your child woken in the night after being sick? That’s frightening for a little one. Pick them up first and say calmly: ‘You’ve been sick. That’s horrid. I’m here.’ The bed can wait. In the hours after, offer small sips often. Is your child drinking poorly, weeing much less, or very drowsy? Call your GP (huisarts), or at night the out-of-hours GP (huisartsenpost).

undressing-is-the-new-skill =
    .title = Socks off, everywhere? A new skill
    .body = Does your toddler keep pulling off socks, shoes or hat, even in the car or out on the street? That’s a new skill, and your child is proud of it. Give it a moment of its own today: before the bath, everything may come off by themselves, to your applause. Outside, say kindly: ‘Shoes stay on. At home you can take them off.’ Undressing usually comes well before dressing; that’s how it goes.

short-bedtime-on-a-tired-night =
    .title = Exhausted? The short bedtime routine will do
    .body = Are you worn out tonight, and dreading the whole routine? Do the same steps in the same order, only shorter: one page instead of the whole book, one verse of the song, a quick ‘Sleep well, see you in the morning.’ Your child recognises the order, and that’s where the calm is, not in the length. A short evening isn’t a failed evening; tomorrow it can be longer again.

coughing-night-upright =
    .title = A coughing night: upright in your arms
    .body = Is your child coughing at night and waking again and again? Lift them up, hold them upright against you and talk softly: ‘You have to cough, don’t you. I’m holding you.’ Breathing calmly against you helps your child settle. Then back to bed. A barking cough, wheezing, or is breathing hard work? Call your GP (huisarts), or at night the out-of-hours GP (huisartsenpost).

painting-lotion-after-the-bath =
    .title = After the bath: lotion as painting
    .body = Won’t your toddler lie still for a massage after the bath any more? Turn it into painting. If you like, put a little unscented lotion or oil on your finger, never nut or olive oil, and ‘paint’ their arms and tummy together: ‘A stripe on your knee!’ Then let your child paint your hand. Touch doesn’t have to be still and solemn. Is your child running off? Then the painting is finished.

second-wind-at-bedtime =
    .title = Suddenly wild just before bedtime
    .body = Is your child suddenly racing round the room in the evening, laughing over the top or tripping more often? It looks like energy, but is often overtiredness. Tomorrow, start the bedtime routine a quarter of an hour earlier, dim the lights in good time and choose quiet play. A toddler can’t yet feel well when they’re tired; you read it from the first yawn or the rubbing of eyes.

clamped-mouth-teddy-brushes-first =
    .title = Mouth clamped shut? Teddy first
    .body = Does your child press their lips tight as soon as the toothbrush appears? First brush a cuddly toy’s teeth, with lots of noise: ‘Brrr, brrr, top, bottom.’ Then let your child brush teddy’s, and then it’s your child’s turn. Count out loud to ten for each side, so your child knows when it stops. An ending you can see coming makes keeping still easier. Only half worked today? Try again tomorrow.

still-breastfeeding-your-own-pace =
    .title = Still breastfeeding after the first birthday?
    .body = Still breastfeeding, and hearing ‘Still?’ How long you carry on is for you and your child to decide; there’s no age at which it must stop. A friendly ‘It suits us’ is enough. Want to cut down yourself? That’s fine too, at your own pace. Unsure about feeding, or want help with stopping? The consultatiebureau (child health clinic) will gladly think along.

not-everything-is-teething =
    .title = Not everything is the teeth
    .body = Has your child been grizzly for days, and does everyone say it’s the back teeth? Look a little further today. A fever, pulling at an ear, drinking poorly, or not themselves? Then call your GP (huisarts), or evenings and weekends the out-of-hours GP (huisartsenpost). Teething often makes a child unsettled, but not really ill. You know your child best; call even if it’s just a gut feeling.

no-more-one-more-bite =
    .title = No more ‘just one more bite’
    .body = Do meals often end in bargaining: one more bite, then you get pudding? Try a different split today: you decide what comes to the table and when, your child decides how much of it they eat. Serve small portions; more is always possible. Then your child doesn’t have to fight to listen to their own tummy. Worried about growth or weight? Talk it over at the consultatiebureau (child health clinic).

chickenpox-itch-stay-close =
    .title = Chickenpox: itchy, and you close by
    .body = Has your child got chickenpox and keeps scratching? Cut their nails short, choose loose cotton clothes and dab itchy spots with a cool, wet flannel. A book on your lap gives their hands something else to do. Itching makes a child grumpy; your calm attention helps. Very ill or drowsy, or a spot red, warm and sore? Call your GP (huisarts), evenings the out-of-hours GP (huisartsenpost).

head-shoulders-knees-drying-off =
    .title = Drying off to ‘Head, shoulders, knees and toes’
    .body = Today, dry your child after the bath to ‘Head, shoulders, knees and toes’: at each word, pat that part with the towel. Slowly first, then faster, and very softly at the end. Song and touch together turn a chore into a game, and meanwhile your child gets to know their body. Is your child already pointing to a knee before you get there? Then let them set the pace.

wide-awake-at-three-am =
    .title = Wide awake at three in the morning
    .body = Is your child lying happily awake for an hour in the middle of the night, ready to play? Stay nearby, but keep it boring: little light, a soft voice, no toys or screens. Sit by the bed with your eyes half closed if you need to. Your child isn’t alone, and still picks up that night is for resting. Night-time parties like this usually pass by themselves.

light-evenings-or-clock-change =
    .title = Light evenings, or the clocks changing?
    .body = Are the clocks about to change, or is it still light when your child goes to bed? Shift the bedtime routine by ten minutes a day over a few days, rather than a whole hour at once. In summer, hang something dark over the window so the bedroom feels the way it always does. A few days of early waking or trouble dropping off are part of it. The familiar routine simply moves along.

cuddly-toy-lost =
    .title = The cuddly toy is lost
    .body = Has the cuddly toy gone missing, on the bus, at Grandma’s or somewhere at home? Take the sadness seriously: ‘You miss Teddy. That’s really sad.’ Search together and call where you’ve been. Teddy still missing at bedtime? Be honest: ‘We haven’t found Teddy yet. Tonight I’ll stay a bit longer.’ And do. If he’s gone for good, let your child pick a new one; it takes a while to become familiar.

toddler-in-your-bed-at-night =
    .title = In your bed at night
    .body = Does your child come to your bed at night, or do you bring them in because it settles everyone faster? Sleeping close doesn’t spoil a child, but be careful: never if an adult in that bed has drunk alcohol, taken drugs or sleeping pills, or smokes, and never together on a sofa. No gap by the wall, no way to fall out, not under your pillow or duvet. Too cramped? A mattress by your bed is close too.

medicine-without-tricks =
    .title = Taking medicine, without tricks
    .body = Does your child need medicine from the GP, and the mouth clamps shut? Be honest about the taste: ‘It’s a bit yucky, and it helps you get better.’ Give your toddler a choice: ‘Will you push the syringe, or shall I?’ Helping makes it less of an ambush. Never call medicine sweets, and put it away high and closed afterwards. Spat it all out? Don’t give more on your own; ask your GP (huisarts).

set-snack-times =
    .title = Set snack times, hungry at meals
    .body = Does your child nibble all day long and eat hardly anything at dinner? Choose fixed moments for a snack today, for instance mid-morning and mid-afternoon, and eat it together, sitting at the table. In between, there’s water. A toddler who knows when food is coming doesn’t have to keep asking, and comes to the table hungry. Eating while sitting down is also safer than walking around with food.

nap-only-in-the-buggy =
    .title = Does your child only nap in the buggy?
    .body = Does your child only fall asleep during the day in the buggy or the car, and not in bed? For now, that’s no problem. Make it a regular walk, same time, same route, and afterwards let your child sleep on where they are, with you nearby. Trying the bed can come later. Use the walk for yourself too: fresh air and a moment with nothing to do.

hot-night-feel-the-neck =
    .title = A hot night: feel the back of the neck
    .body = Is your child tossing and turning on a hot summer night and waking sweaty? Feel the back of their neck or their back; cool hands tell you little. Choose a thin sleeping bag or just a vest, keep the curtains shut by day and open a window in the evening. Offer water and wipe a lukewarm flannel over arms and legs. Your child can’t yet say they’re too hot; you read it from their body.

hiding-to-poo =
    .title = Hiding to do a poo
    .body = Does your child creep behind the curtain or into a corner to do a poo, red in the face? That’s a lovely sign: your child can feel what their body is doing. Leave them be for a moment, then simply say: ‘You’ve done a poo, haven’t you? Come on, a clean nappy.’ No disgusted faces; your child notices how you talk about their body. The potty comes later; the feeling has begun.

eating-from-a-shared-dish =
    .title = Eating together from one dish
    .body = Does your family like to eat from a shared dish, with bread or with your hands? Let your child simply join in today: a piece of bread to dip, a corner of the dish that’s theirs. Eating the way you eat at home lets your child feel they belong, at the table and in the family. Keep hot dishes out of reach, and taste first to check it isn’t too hot or too spicy.

dinner-falls-apart-eat-earlier =
    .title = Dinner ending in tears? Eat earlier
    .body = Is your child crying, throwing or slumping at the table every evening? Often dinner simply comes too late for a tired little body. This week, try eating earlier, or give your child a small warm plate around five o’clock and let them join you later with something small. A rested toddler eats more calmly and enjoys being together more. It needn’t be like this every day; see what suits your family.

showering-together =
    .title = A shower together instead of a bath
    .body = No bath at home, or only a shower on holiday? Shower together: lukewarm water with a gentle spray, your child on a non-slip mat at your feet. Let them hold the shower head for a moment and aim it at your legs. Exciting water becomes a game with you. Your child doesn’t want to? Start with just hands and feet, with you beside them. Always feel the water temperature yourself first.

fever-night-mattress-beside-them =
    .title = A fever night: sleep close to your child
    .body = Does your child have a fever and keep waking up crying at night? For a night or two, put a mattress next to your child’s bed, or move their cot into your room. Then you’re there at once, without crossing the house, and your child hears you breathing. Offer drinks often. Very ill, drowsy, drinking poorly, or are you worried? Call your GP (huisarts), or at night the out-of-hours GP (huisartsenpost).

following-you-to-the-toilet =
    .title = Your child follows you to the toilet
    .body = Does your child trail after you when you go to the toilet? If you’re comfortable with it, let them watch and calmly say what you’re doing: ‘I’m weeing on the toilet. Now paper, flush, wash hands.’ Step by step, your child learns what happens on the toilet, without any pressure. Too private for you? Then say kindly: ‘I’m on the toilet for a moment, I’ll be right back.’ Both are fine.

from-high-chair-to-a-big-chair =
    .title = From high chair to a big chair
    .body = Does your child refuse the high chair and want to sit at the table ‘just like you’? See whether a booster seat with a strap fits on an ordinary chair, so your child sits safely at the right height. Let your child help push the chair up to the table. A place of their own at the big table makes many toddlers proud, and often calmer too. Back to the high chair after all? Also fine.

suddenly-picky-one-safe-food =
    .title = Suddenly picky? Add one familiar food
    .body = Does your child suddenly refuse foods they used to love? That’s common in the second year, and it usually passes. Today, always put something on the plate your child nearly always eats, like bread or rice, with a little of the new food beside it. Keep offering the new food, without comment; your child may leave it. Worried about growth? Ask the consultatiebureau (child health clinic).

clinic-visit-wont-perform =
    .title = Won’t join in at the clinic?
    .body = Does your child refuse to stack blocks or say a word at the consultatiebureau (child health clinic), though they do it at home? Quite normal: a strange room and strange questions make many toddlers quiet. Describe what you see at home, or show a short video; that counts just as much. Your child needn’t ‘perform’. Afterwards, say something kind: ‘That was exciting, wasn’t it? You could just watch.’

stopping-night-feeds-another-carer =
    .title = Stopping night feeds: someone else goes
    .body = Want to stop the breast or bottle at night? For a while, let someone else your child knows well go at night: your partner if you have one, or a grandparent staying a few nights. They comfort with their arms and a soft song, and give water if needed. Your child will probably protest: they miss something lovely. Keep comforting, at your own pace. Someone still comes.

a-bad-dream =
    .title = Woken by a bad dream
    .body = Does your child wake crying in the night, as if they dreamt something scary? Go quickly, pick them up or rest a hand on their back, and say: ‘You had a fright. You’re in your own bed, and I’m here.’ Safe, seen and soothed: nothing more is needed now. Explaining can wait. Switch on a soft light if it helps, and stay until your child is breathing calmly again.

picky-eater-helps-prepare =
    .title = Picky eater? Let them help in the kitchen
    .body = Does your child eat almost nothing new? Today, let them help with something that will come to the table: washing cherry tomatoes, tearing lettuce, tipping peas into the pan. Offer a piece to smell or taste, without it being a must. What your child has had in their own hands looks less strange on the plate. And being in the kitchen together is simply nice. Knives and hot pans stay with you.

washing-the-cuddly-toy =
    .title = The cuddly toy needs a wash
    .body = Is the cuddly toy really dirty and due for a wash? Do it during the day, not just before bed, and let your child watch: ‘Teddy’s having a bath.’ Sit in front of the machine together, or hang Teddy on the line together. A clean cuddly toy suddenly smells different, and that can unsettle a child. Hold it against you for a while, or keep it by your pillow for a night, and it smells familiar again.

body-curiosity-in-the-bath =
    .title = Curious about their own body
    .body = Does your child touch their penis or vulva in the bath or during a nappy change? That’s ordinary curiosity, like playing with toes or ears. React calmly and call body parts by their names, the way you say ‘knee’ or ‘nose’. Your child learns that nothing about their body is dirty or secret. Questions about it? The consultatiebureau (child health clinic) hears them more often than you’d think.

evening-at-the-huisartsenpost =
    .title = To the out-of-hours GP in the evening
    .body = Does your child need the huisartsenpost (out-of-hours GP) one evening, after a fall or with a high fever? Phone first; if you’re asked to come in, bring the cuddly toy, a nappy and a drink. Pyjamas are fine. Keep your child on your lap, talk calmly and say what’s happening: ‘The doctor’s looking in your ear.’ Your calm is the most familiar thing your child has now. At home: a cuddle for you both.

dummy-only-in-bed-for-now =
    .title = Cutting down the dummy: only in bed, for now
    .body = Does your child often have a dummy in during the day, and would you like less? Start small: from now on the dummy lives by the bed. Put a little box there and let your child drop it in each morning: ‘Dummy’s resting till tonight.’ By day, comfort with your arms, a song or the cuddly toy. In bed the dummy is fine, without a cord or clip. Bad day? Try again tomorrow. Stopping fully comes later.

lying-beside-them-until-asleep =
    .title = Do you stay until your child sleeps?
    .body = Do you lie or sit with your child every evening until they’re asleep? That’s fine, if it feels right to you. Want to change it? Go in small steps: first your hand on their back, after a few evenings sitting by the bed, later by the door. Keep humming, so your child hears that you’re there. Is your child truly upset? Move a step closer again. You’ll find the pace together.

brushing-side-by-side-at-the-mirror =
    .title = Brushing teeth side by side at the mirror
    .body = Does your child want to brush their teeth ‘by myself!’? Stand them on a sturdy step at the mirror, next to you, each with your own brush. Brush at the same time and pull silly brushing faces at each other in the mirror. Your child brushes first, then you go over them briefly: ‘Now I’ll make them shine.’ Alone and together go fine side by side. Stay with them while they’re on the step.

late-nap-late-bedtime =
    .title = Late nap, battle at bedtime?
    .body = Does your child nap until four or five in the afternoon, then lie awake for ages at night? This week, put the nap a little earlier, soon after lunch, or wake your child gently when they’ve slept a long time: curtains open, your voice, a slow wake-up on your lap. Then your child will be tired again at the usual time in the evening. Every child has their own rhythm; see what suits yours.

scared-to-poo-after-it-hurt =
    .title = Scared to poo because it hurt
    .body = Does your child squeeze their bottom, go up on tiptoe or crawl away crying when a poo is coming? Often a hard poo hurt before, and now they’re scared. Say what you see: ‘You’re scared it will hurt again. I’m staying with you.’ Offer plenty of water, fruit and vegetables, with no hurry or pressure. Does it carry on, do you see blood, or is there a lot of tummy ache? Ask your GP (huisarts).

telling-you-after-a-wee =
    .title = ‘Wee!’ Your child tells you
    .body = Does your child point at their nappy, or say ‘wee’ or ‘poo’ after it has already happened? Thank them: ‘Good that you told me! Come on, let’s get a clean nappy.’ This is a first little step: your child notices what their body does and shares it with you. It doesn’t have to come beforehand yet, and there’s no need for a potty yet. Above all, show that telling you is always welcome.

bath-too-exciting-move-it =
    .title = Does the bath wake your child up?
    .body = Does the bath mostly make your child wild and splashy, and then take ages to fall asleep? Then the bath doesn’t have to be part of the bedtime routine. Move it to the afternoon or the weekend, and keep the evening calm with brushing teeth, pyjamas and a song. For one child a bath brings calm, for another it brings energy. You can see what it does for yours.

afraid-of-the-dark =
    .title = Afraid of the dark
    .body = Does your child suddenly not want to lie in the dark, or point fearfully at a shadow? Look round the bedroom together in daylight: the coat on the door, the lamp, the curtains. In the evening, switch the light off and on again: ‘Look, it’s just your coat.’ A small, soft night light is fine. Take the fear seriously, even if you know nothing’s there. With you beside them, the dark shrinks.

last-breastfeed-mixed-feelings =
    .title = The last feed: relief and missing it
    .body = Is breastfeeding nearly over, or was today the last time? Many parents feel relief and sadness at once, sometimes a hormonal dip too. All of that is allowed. Make it a small moment: a photo, a few words to your child, or just a long time together on the sofa. The closeness doesn’t stop, it takes a new shape. Feeling low for weeks? Talk to your GP (huisarts).

small-operation-day =
    .title = A small operation: you go along
    .body = Is your child having a small operation, on the ears for instance? Ask the hospital whether you can stay until your child is asleep and be there when they wake. No eating allowed that morning? Keep food out of sight and offer distraction and your lap. Bring the cuddly toy and their own blanket. Your child needn’t understand what’s happening; your face as they drift off and wake up says enough.

scooping-their-own-food =
    .title = Serving themselves
    .body = Today, put a small bowl with a spoon in front of your child, say with rice or peas, and let them scoop some onto their own plate. It’s slow and some lands beside it; that’s part of it. A toddler who gets to manage something at the table feels big and taken seriously. Say what you see: ‘You served yourself!’ Hot pans and dishes stay with you.

no-nap-today-quiet-hour =
    .title = No nap today? A quiet hour instead
    .body = Is your child not sleeping today, however hard you try? Keep the nap time anyway, as a quiet hour: together on the sofa or the bed, curtains half closed, a book or soft music. Many children still need a nap in the second year, but it doesn’t work every day. A calm hour with you recharges too. Then put your child to bed a little earlier tonight.

hair-brushing-without-a-battle =
    .title = Brushing hair without tears
    .body = Is brushing hair a fight every morning? Try doing it after the bath, when the hair is wet and soft, or dampen the tangles a little first. Sit your child on your lap with a book, or give them their own brush to hold. Hold a lock above the tangle so it doesn’t pull on the scalp, and brush in small bits from the bottom up. Really not working? Then slightly messy hair is fine for today.

only-one-parent-at-night =
    .title = At night, only one parent will do
    .body = Do two of you share the nights, and does your child call for only one of you, crying harder when the other comes? Very common. Agree who goes when. Whoever goes says briefly where the other one is, and: ‘I’m here, I’m staying with you.’ Stay calm and warm, even if your child protests at first. Your child learns that comfort can come from both of you. And one of you finally sleeps through.

nappy-free-time =
    .title = A little time without a nappy
    .body = Warm weather, or a warm room? Let your child play without a nappy for a while today, somewhere a puddle doesn’t matter: in the garden, in the bathroom or on an old towel. That way your child notices what happens when they wee: ‘Look, you’re weeing!’ No expectations or practising, just discovering. A puddle on the floor? ‘Oops, let’s mop that up.’ That’s all it takes.

climbing-out-of-the-cot =
    .title = Climbing out of the cot?
    .body = Is your child hooking a leg over the side of the cot, or suddenly standing next to your bed? Then it’s time for a low bed or a mattress on the floor, so a fall isn’t from high up. Make the room safe and put a gate in the doorway or at the stairs. Take the cuddly toy, the sleeping bag and the usual routine along to the new bed. Everything new, except what gives your child something to hold on to.

one-more-drink-at-bedtime =
    .title = Calling out again and again after tuck-in
    .body = Does your child keep calling after you’ve tucked them in: drink, wee, another kiss? Tonight, make those things part of the routine: a cup of water by the bed, a last cuddle at the door. If a call still comes, answer briefly and the same way each time: ‘You’ve got water, you’ve got Teddy. I’m close by. Sleep well.’ Your child isn’t alone, and the evening doesn’t become endless.

along-to-your-dentist =
    .title = Along to your dentist
    .body = Going to the dentist for your own check-up? Take your child along if you can, and let them watch from your lap or beside you. Show that it’s ordinary to you, and afterwards let your child sit in the big chair for a moment and open wide: ‘Aaah!’ That way the dentist becomes a familiar place, with you there. Ask straight away when your child can come for their own first visit.

screaming-but-not-awake =
    .title = Screaming in their sleep, but not awake
    .body = Is your child sitting up screaming at night, eyes open, yet doesn’t seem to see you and won’t be comforted? Sometimes a child isn’t really awake then. Don’t wake them; stay close, make sure they can’t bump into anything, and talk softly. It’s often over within a few minutes, and your child goes back to sleep without remembering it. Happening often, or are you worried? Ask your GP (huisarts).

potty-as-a-chair-first =
    .title = A potty to just sit on, for now
    .body = No potty in the house yet? Put one in the bathroom or living room today, and let your child do whatever they like with it: sit on it with clothes on, sit teddy on it, read a book next to it. That way your child gets used to the thing itself, with nothing expected. Likes sitting on it while you brush your teeth? Nice, together. Nothing needs to go in it yet.

bedtime-like-a-frog =
    .title = Off to bed like a frog
    .body = Does your child shout ‘no!’ as soon as it’s bedtime? Turn the way to bed into a game: hop to the bedroom like frogs, fly there like a plane in your arms, or ride on your back like a pony. Bedtime stays bedtime; only the way there gets to be funny. Your child gets fun and attention, and nobody is dragged. Not in the mood for games tonight? Then just carry your child calmly to bed.

potty-readiness-signs =
    .title = Potty training? Watch your own child
    .body = Wondering whether it’s time for the potty yet? Around the second birthday lots of children still wear nappies, and that’s normal. Watch your own child: does the nappy stay dry for longer, do they tell you they need to go, do they want to sit on the potty? Then you can start calmly. Not seeing that yet? Then simply wait a while. Pressure often makes it harder.

first-nights-in-a-big-bed =
    .title = The first nights in a big bed
    .body = Has your child just moved to a big bed, and keeps turning up beside it or out on the landing? Take them back calmly, each time with the same short sentence: ‘It’s night-time. Back to bed, I’ll tuck you in.’ No cross voice, no long talk. For the first few evenings, sit by the door a little longer. The new bed becomes a fixed place, and you the steady voice that goes with it.

sick-but-restless-quiet-basket =
    .title = Ill but restless? A basket of quiet things
    .body = Is your child ill at home, too tired to play but too restless to lie still? Fill a basket with quiet things: a few books, a soft ball, stickers, an old photo album. Make a nest on the sofa beside you and bring out one thing at a time. The poorly little body gets rest, with you close by. Drinking poorly or getting drowsier? Call your GP (huisarts) or the out-of-hours GP (huisartsenpost).

own-room-play-there-first =
    .title = A room of their own? Play there first
    .body = Is your child moving from your bedroom to a room of their own? Make the new room familiar in daytime first: play there together, read a book on the floor, let your child choose where Teddy sits. Start with the naps there, and bring the usual bedtime routine along. A room where you’ve laughed together feels less strange at night. A few restless nights at first? That’s part of settling in.

first-wee-in-the-potty =
    .title = A first wee in the potty
    .body = Has your child done a wee in the potty for the first time, perhaps by accident? Share the surprise: ‘Hey, that’s your wee! In the potty!’ Keep it small: no big party, no reward, no ‘Every time now, OK?’ That way it stays your child’s own thing, not something they have to do for you. Back to a nappy tomorrow? Also fine: learning to use the potty goes in fits and starts.

show-me-where-it-hurts =
    .title = Where does it hurt? Show me
    .body = Is your child grizzly or weepy, and you don’t know why? Ask: ‘Does something hurt? Show me.’ Touch gently and name: ‘Your ear? Your tummy? Your mouth?’ A toddler can often point better than say, and learns that you want to know. Remember where they point; it helps the GP. Pain that goes on, unusual crying, or a fever? Call your GP (huisarts) or the out-of-hours GP (huisartsenpost).


moving-up-to-a-new-group =
    .title = Moving up to a new group at childcare
    .body = Is your toddler moving up to the older children’s group at childcare? Ask which familiar things can move with them: their own sleeping bag, their own tray, the song before meals. And whether your child may pop back to wave to the old group in the first weeks. That way, amid all the newness, something stays the same. A few weeks of extra tears at drop-off are often part of a move like this.

after-separation-keep-both-grandparents =
    .title = After a separation: keep both sets of grandparents
    .body = Separated, and did your child often see the grandparents on the other side? That bond counts too: a child bonds with whoever they see often, not with one side of the family. Agree with the other parent when those grandparents will keep seeing your child, say on a set afternoon. Whatever happened between the adults, your child needn’t lose anyone.

evening-out-sitter-joins-bedtime =
    .title = Evening out? Let the sitter join in bedtime
    .body = Going out tonight, with a sitter coming? Have them arrive before your child is asleep, and do the bedtime routine together: you the pyjamas, the sitter the book, you the song. Then say: ‘I’m going out, Sam is staying here. I’ll be back in the morning.’ If your child wakes in the night, they see a face that belonged to going to sleep. Don’t sneak off, even if your child cries for a moment.

settling-in-still-hard-after-weeks =
    .title = Weeks of settling in, still inconsolable every day?
    .body = Has your child been at childcare or with a childminder (gastouder) for six weeks or so, and still cries most of the day there, hard to comfort? Ask for a talk with their regular childcare worker or the childminder: what do they see, who comforts your child, what helps? Shorter days or the same faces each time can help. Still unsure? Talk it over with the consultatiebureau (child health clinic).

grandparent-stops-babysitting-keep-the-visits =
    .title = Grandma no longer babysits? The bond can stay
    .body = Has a grandparent stopped babysitting every week, because of illness, a move or because it got too much? Then someone drops out of your toddler’s week. Say it simply: ‘You won’t go to Grandma’s when I work any more. On Sunday we’ll visit her.’ Make that visit a habit, with something they always did together, like feeding the ducks. The bond takes another shape, and stays.

serious-illness-at-home-one-steady-carer =
    .title = Serious illness at home? One steady extra carer
    .body = Is a parent in your family seriously ill? As far as you can, arrange one steady extra carer your toddler knows well. Say what’s going on in a few honest words: ‘Daddy is ill. The doctors are helping him. Today Grandma is putting you to bed.’ Your child needn’t understand, but should feel that someone familiar is always there. And find support for yourself too, through your GP (huisarts).

just-separated-say-it-simply =
    .title = Just separated? Say it simply, the same each time
    .body = Just separated, and is your child searching the house for the parent who no longer lives there? Say it simply, and the same way each time: ‘Daddy lives in another house now. On Saturday you’re going to see him.’ Keep the rest of the day as ordinary as you can: the same meals, the same bedtime song. Your child won’t understand it all, but can feel that the grown-ups are keeping things together.

holiday-kids-club =
    .title = A kids’ club on holiday?
    .body = Does your holiday place have a kids’ club or a crèche with sitters? For a toddler, unfamiliar carers in an unfamiliar place are a lot at once. Stay with them the first time, or simply skip it: you can rest while your child plays in the sand beside you, too. Want an hour to yourself after all? Then preferably with someone your child already knows, like a grandparent or aunt on the trip with you.

sitter-at-home-while-you-work-from-home =
    .title = A sitter at home while you work from home
    .body = Is a sitter or grandparent looking after your child while you work at home? Say a proper goodbye, as you would at childcare, and then ‘go to work’: a room with the door shut, or out of the house for a while. Popping in now and then feels kind, but turns every visit into a new goodbye. Want a cuddle in between after all? Agree on a set moment, lunch for example.

calls-the-carer-mama =
    .title = Does your child call the childminder ‘Mummy’?
    .body = Does your child say ‘Mummy’ or ‘Daddy’ to the childminder (gastouder), the childcare worker or Grandma? That can sting. Often it simply means ‘someone who looks after me’, especially while your child has few words. Answer lightly and add the name: ‘Yes, that’s Fatima.’ That your child feels so at home there is good news. The words will sort themselves out as more names come along.

give-childcare-your-words-for-a-big-change =
    .title = Big change at home? Give childcare your words
    .body = Is something big happening at home, like a move, a separation or an ill relative? Tell childcare or the childminder briefly, and pass on the sentence you use at home: ‘Grandpa is ill, he’s in hospital.’ If your child calls for someone there or gets upset, they hear the same words as at home. One story in two places gives something to hold on to.

carer-invites-at-drop-off =
    .title = At drop-off, the carer comes to fetch your child
    .body = Is your toddler clinging to your leg at drop-off? Ask the childcare worker to come over and invite your child to something they enjoy: ‘Are you coming to feed the fish?’ Then give your goodbye cuddle and go. Your child isn’t just walking away from you, but going with someone who came to fetch them. Not working today? Then the carer lifts your child across, and that’s fine too.

different-house-different-rules =
    .title = At Grandma’s, things are different
    .body = Is your child allowed to bounce on the sofa at the grandparents’, or have an extra biscuit, but not at home? Don’t make it a battle; just say it out loud: ‘At Grandma’s you can. At home we do it this way.’ Children cope fine with different places and different habits, as long as each home is predictable. Anything to do with safety you do agree on together, ideally out of your child’s earshot.

drop-off-easier-with-someone-else =
    .title = Drop-off easier when someone else does it?
    .body = Does your child cry every morning when you take them to childcare, but wave happily when the other parent or Grandpa does it? That says nothing about how much your child loves you. Sometimes saying goodbye to one person is simply harder. For a while, let the other one do drop-off more often if you can, and you do pick-up. The day starts lighter, and the reunion is yours.

staying-with-family-you-do-bedtime =
    .title = Staying with family? You do bedtime
    .body = Staying with family for a few weeks, in a house full of aunts, uncles and cousins who all want to help? Let them join in fully during the day, but keep bedtime with you or the other parent, with your own song. In a strange house, bedtime is exactly when a toddler looks for their own people. Late and busy? A short routine is enough, as long as it’s you.

the-other-parent-does-not-come =
    .title = The other parent doesn’t come as agreed
    .body = Was your child meant to go to the other parent today, and they don’t come, or come much later? Say it honestly and without judgement: ‘Mummy can’t come today. What a shame. You’re staying with me.’ Comfort any sadness, then do something ordinary, like going outside. Your own anger makes sense; deal with it later, out of your child’s hearing. Your child needn’t carry a quarrel that isn’t theirs.

handover-between-homes-keep-it-calm =
    .title = Switching homes: keep the doorstep calm
    .body = Is the handover to the other parent often tense? Talk about money, arrangements and arguments at another time, not on the doorstep with your child there. Keep the goodbye short and friendly: ‘Have fun at Mummy’s, see you Sunday.’ Sometimes switching via childcare helps: one of you drops off, the other picks up. Then your child doesn’t have to choose between two people they love.

grieving-let-others-do-the-play =
    .title = Grief, and a toddler who wants to play
    .body = Have you lost someone, a parent, a friend, a pregnancy, and does your toddler just want to romp? You don’t have to act cheerful. Ask someone else to take on the wild games and outings, and keep the calm things for yourself: reading aloud, the sofa together, the bedtime song. That way you stay close with what you can give. Still heavier than you can carry after weeks? Talk to your GP (huisarts).

a-small-job-in-the-family-feast =
    .title = A little job of their own at the family feast
    .body = Does your family feast have a fixed ritual, like handing round biscuits at Eid or putting out a shoe for Sinterklaas? Give your toddler a small, safe job in it: carrying the little dish while you hand out, putting the carrot in the shoe. And say: ‘This is what we do every year.’ Your child feels they belong in your family. Rather watch from your arms? That’s joining in too.

waking-the-night-worker-together =
    .title = Night shifts? Make waking up a ritual
    .body = Is a parent sleeping in the daytime after a night shift, and does your toddler keep hearing ‘shh’? Make it a fixed moment: at three o’clock your child may wake the sleeper together with you, with a knock on the door and a song. Until then the bedroom stays shut, with a drawing on the door. Waiting becomes easier to grasp, and the afternoon starts with a happy reunion.

new-baby-keep-the-toddlers-week-the-same =
    .title = New baby? Keep your toddler’s week as usual
    .body = Has a baby just been born? Let your toddler keep their ordinary week as much as possible: the regular childcare days, Grandma on Wednesdays, the same bedtime routine. Need extra help to recover? Better someone your child knows well, in your own home, than suddenly new places. That way your toddler notices that their own world stays standing while someone new joins the family.

visiting-a-seriously-ill-relative =
    .title = Visiting a relative who is seriously ill
    .body = Visiting a grandparent or other relative who is very ill with your child, at home, in hospital or in a care home? Beforehand, tell your child in a few words what they’ll see: ‘Grandpa is in bed, he’s very tired.’ Keep it short, bring something to give, like a drawing, and keep your child on your lap or by the hand. Does your child want to leave? Then that was enough, and still worth it.

a-morning-in-the-childcare-group =
    .title = An hour watching in the group
    .body = Ask whether you can watch for an hour at childcare or the childminder’s one day, or go to a parents’ morning. Mostly watch: who does your child play with, whose lap do they climb onto, which songs go with snack time? Back home you can talk about it with real pictures in mind: ‘On Anouk’s lap, weren’t you?’ Tears when you leave? Goodbyes feel different there, and that’s OK.

off-to-childcare-while-the-baby-stays-home =
    .title = Off to childcare while the baby stays home
    .body = Since the birth, is your toddler still going to childcare while the baby stays home with you? Some children then feel a bit sent away. Tell them honestly what your day is like: ‘The baby drinks and sleeps, and I do the washing. After your nap I’ll come and get you.’ Dull, and usually true. Make pick-up a moment for the two of you, without the baby if you can.

a-moving-box-of-their-own =
    .title = A moving box of their own
    .body = Moving house? Give your toddler a box of their own and pack it together: the favourite cuddly toy, a few books, their own cup. Let your child scribble a drawing on it. In the new home it’s the first box you open, together on the floor: ‘Look, your things came too!’ Your child sees that what’s theirs doesn’t disappear when everything goes into boxes.

last-day-at-the-old-childcare =
    .title = The last day at the old childcare
    .body = Is your child leaving their childcare or childminder, because of a move or a new place? Make the last day a real goodbye: a treat to hand round, a photo with their regular carer, a wave at the door. Take that photo home. Simply not going any more feels to a child as if someone vanished without a word. A goodbye with a real ending makes room for the new beginning.

tears-when-leaving-grandmas =
    .title = Tears when leaving Grandma’s
    .body = Does your child cry when you collect them from the grandparents’, and refuse to come? That can hurt a little, but mostly it means they had a lovely day. Put the sadness into words: ‘You want to stay at Grandma’s a bit longer.’ Let Grandma walk with you to the car or bike and wave until you turn the corner. And on the way, say when you’ll be going back.

first-meeting-with-the-new-baby-arms-free =
    .title = The first meeting: arms free
    .body = Is your toddler coming to see the new baby for the first time, in hospital or at home? Make sure the baby is in the crib or with someone else, so your arms are free for your eldest. Cuddle first, then look together: ‘Look, that’s your little brother. Look at his tiny hands!’ Your toddler notices: my place with you is still there. Not ready to look yet? That will come.

when-the-pet-dies =
    .title = When a pet dies
    .body = Has the cat, the rabbit or the guinea pig died? Say it honestly and briefly: ‘Kitty has died. She doesn’t move any more and won’t come back.’ Try not to say ‘she’s sleeping’: that can make sleep frightening. Do something small together to say goodbye: lay down a flower, wave at the spot in the garden. Is your child still looking for the animal weeks later? Then simply say it again, just as calmly.

grandparent-under-the-same-roof =
    .title = Grandma lives with you, and your child runs to her
    .body = Does a grandparent live with you, and does your child run straight to Grandma after you’ve said no? Agree together that Grandma lets the no stand, but may comfort: ‘Daddy said no. Come and sit with me for a bit.’ Your child doesn’t have to choose between two adults, and still gets comfort. It works the other way round too: if Grandma says no, you comfort. Discuss this when your child isn’t around.

ramadan-iftar-on-your-lap =
    .title = Ramadan: the start of iftar on your lap
    .body = Is it Ramadan, and does iftar fall around your toddler’s bedtime? Feed your child earlier, then take them on your lap at the table as iftar begins, when everyone breaks the fast together. Then comes the usual bedtime routine. Your toddler shares the special moment, without hunger or a late night. Iftar long after bedtime? Then first a round of goodnights to the whole family.

moving-day-with-a-familiar-person =
    .title = Moving day: your child with someone they know
    .body = Is it moving day? Let your toddler spend the day with someone they know well, at Grandma’s, with a friend or at their usual childcare, away from boxes and people hauling furniture. Only fetch your child once their bed is up in the new home. Then their first impression of the new house is a room with their own bed, and you, calm, in it. The chaos of that day is something your child needn’t see.

walks-in-without-looking-back =
    .title = Does your child walk in without looking back?
    .body = Does your toddler run into childcare or Grandma’s house without a backward glance, while you’re still ready for a cuddle? That can sting. Yet it’s often a sign of trust: your child knows you’ll come back. Say goodbye anyway, even if they don’t wave: ‘Bye, sweetheart, I’ll fetch you after your nap.’ That keeps your leaving predictable, also on the days when your child does need you.

a-drawer-of-their-own-at-grandmas =
    .title = A drawer of their own at Grandma and Grandpa’s
    .body = Does your child often go to the grandparents’ or to another regular sitter’s home? Ask whether they could have a drawer or basket of their own there, with a few things: a book, a cup, a jumper, some toys. Let your child look inside each time: ‘Look, your things are still here.’ Then your child has a spot in that house that’s theirs and waits for them. It makes it a little bit home.

visitors-greet-the-big-one-first =
    .title = Visitors for the baby? Greet the big one first
    .body = Visitors coming to see the new baby, or the kraamverzorgende (maternity carer) around? Ask everyone to greet your toddler first when they come in, and only then look at the baby. A small present for the big one is nice, but attention counts more: ‘Look how big you are! Will you show me the baby?’ Then your toddler isn’t the child in the way, but the host of their little brother or sister.

asks-to-go-back-to-the-old-house =
    .title = ‘Home!’ But they mean the old house
    .body = Just moved, and does your toddler keep asking to ‘go home’, meaning the old house? Don’t laugh it off or over-explain. Say what you see: ‘You miss our old house. We lived there. Now we live here.’ Look at a photo of the old house together, or cycle past it one day. Homesickness is allowed. With every day here, the new rooms become a little more like home.

let-them-show-you-round-at-pick-up =
    .title = At pick-up, let them show you round
    .body = Does your toddler not want to leave yet at pick-up? Now and then, take two minutes and let your child show you their place: ‘Where did you play today? Show me.’ Look at the block tower, the sandpit, the cot. For a moment your child is the guide in their own world, and you’re the guest. Going home together afterwards is often easier than pulling them away from their game.

feast-day-tell-it-beforehand =
    .title = A feast day? Tell them beforehand how it will go
    .body = Is a big day coming up, like Eid, Christmas, Diwali or a family wedding? The day before, tell your toddler in a few sentences how it will go: ‘Tomorrow we’ll put on your nice clothes. Then we’ll go to Grandma’s. There’ll be lots of people, and I’ll stay with you.’ Let your child try on the party clothes beforehand. What your child already knows a little is less overwhelming on the day itself.

a-relative-who-smacks =
    .title = ‘A little smack never hurt anyone’
    .body = Does a relative smack your child, or say it does no harm? Hold your child close and comfort them. Say calmly and clearly: ‘In our family nobody hits, not even gently.’ Offer an alternative: ‘Say no and lift him away.’ A smack mostly teaches fear. Don’t leave your child alone with someone who keeps hitting. Hard to raise, or keeps happening? The consultatiebureau (child health clinic) can help.

share-bedtime-before-the-baby-comes =
    .title = Baby on the way? Start sharing bedtime now
    .body = Does one parent mostly put your toddler to bed, and will that parent soon be busy with the baby? A few weeks before the due date, let the other parent or a trusted grandparent do the bedtime routine now and then, exactly the way your child knows it. Together first, then taking turns. That way your toddler won’t suddenly lose their bedtime person around the birth. Protest at first is very common.

empty-house-when-your-child-is-at-the-other-home =
    .title = A quiet house while your child is at the other home
    .body = Is your child spending a few days with the other parent, and does the house feel suddenly empty? Missing them is normal, even if you enjoy the quiet. Don’t keep ringing to hear how it’s going; a short, set goodnight moment is calmer for your child. Plan something for yourself: sleep, exercise, a friend. Then your child can settle at the other home, knowing you’ll be there when they come back.

a-suitcase-in-the-hall =
    .title = A suitcase in the hall
    .body = Is the suitcase out for a trip, a hospital stay or a weekend away? Many toddlers grasp straight away that someone is leaving, and turn clingy. So say out loud who is going and who is staying: ‘This case is Daddy’s. He’s away for three nights, and you’re staying home with me.’ All going together? Then let your child put something in the case themselves.

may-i-hold-the-baby =
    .title = ‘Can I hold the baby?’
    .body = Does your toddler want to hold the new baby too? Sit them on the floor or well back on the sofa, a cushion under their arm, and lay the baby on their lap while your hands keep supporting the baby’s head and body. Say what you see: ‘She’s looking at you. You’re holding your little sister.’ Keep it short; stop as soon as either gets restless. Your toddler feels big and trusted.

a-goodbye-that-keeps-stretching =
    .title = One more kiss, and one more…
    .body = Is saying goodbye at childcare or with the sitter getting longer and longer: one more kiss, one more cuddle, one more wave? Agree on a set number and count out loud: ‘Two kisses and one cuddle. One, two… cuddle. Bye!’ Then really go. A goodbye with a clear ending is easier for your child than one that keeps starting over. Tears anyway? Then the carer takes over.

tell-where-you-were-today =
    .title = Tell them where you were today
    .body = When you’re together again after a working day, don’t just ask about your child’s day; tell them briefly about yours: ‘I was at work. I sat at a big table, and at lunch I thought of you.’ Then your going away isn’t a black hole, but simply a place where you were. And your child hears that they were on your mind. Tomorrow they might ask you themselves: ‘Work?’

big-sibling-starts-school =
    .title = A big brother or sister starts school
    .body = Is an older brother or sister starting primary school, and does your toddler wander around all morning asking ‘Sem?’ Bring your toddler to the school gate at drop-off and pick-up, and let them wave. Say what you see: ‘You miss Sem. Sem is at school; after lunch we’ll fetch him.’ Let the big one tell or show something after school. Saying goodbye to each other becomes an ordinary part of your day.

a-worry-about-childcare-raise-it =
    .title = A nagging feeling about childcare?
    .body = Did you see something at pick-up that bothers you, like a child left crying alone for a long time, or a harsh tone? Don’t let it simmer. Ask for a talk with the mentor or the manager that same week, and say what you saw without judging straight away: ‘I saw this. What was going on?’ Often there’s an explanation, and if not, something gets done. You are your child’s voice there.

when-visiting-family-fly-home =
    .title = When family who stayed with you go home
    .body = Did family from far away stay with you for weeks, and have they now gone home? Your toddler may miss them without being able to say so: searching the spare room, being whiny, sleeping restlessly. Say what you see: ‘You’re looking for Grandma. Grandma’s on the plane to her house.’ Leave Grandma’s cardigan or a photo out for a while. A set time for a call helps you both through the first week.

toddler-wants-to-be-the-baby-again =
    .title = Does your toddler want to be a baby again?
    .body = Since the birth, does your toddler suddenly want a bottle again, to be carried or ride in the pram, or talk like a baby? That’s very common. Play along now and then: ‘Come here, my big baby’, a few minutes of rocking, then big again. Your child isn’t testing you; they’re checking there’s still room for them with you. A child who feels sure of that grows big again by themselves.

a-few-nights-at-the-grandparents =
    .title = A few nights at the grandparents’
    .body = Is your toddler staying with the grandparents for a few days, because you have to go away or need a rest? If you can choose, keep it short: for a child this age, one or two nights is already long. Say it in a way they can follow: ‘Two sleeps at Grandma’s, then I’ll fetch you.’ And come as promised. Extra clingy afterwards? Very normal: your child is checking you’re really back.

calling-for-the-absent-parent-at-bedtime =
    .title = At bedtime, calling for the one who isn’t there
    .body = At bedtime, does your child call for the parent who isn’t there, because they live in the other home, are at work or away? Don’t try to talk it away. Say: ‘You miss Mummy. Mummy’s thinking of you too. You’ll see her tomorrow.’ Blow a kiss to her photo together, or wave at the moon ‘that Mummy can see too’. The missing is allowed to be there, and you stay close until it fades.

new-house-show-where-you-sleep =
    .title = New home: show them where you sleep
    .body = Just moved? In the new home, your toddler doesn’t yet know where you are at night. In the daytime, walk together from their bed to yours a few times, as a game: ‘Where does Daddy sleep? Here!’ At bedtime, say: ‘I’m sleeping in the room next door.’ If your child calls in the night, answer and come. Knowing where their people sleep makes the night in a strange house smaller.

say-who-picks-up-today =
    .title = Say in the morning who’s picking up today
    .body = Is someone other than usual collecting your child today, like Grandpa, the neighbour or the other parent? Say it in the morning at drop-off: ‘Today Grandpa’s picking you up, after your nap. Tomorrow it’s me again.’ Ask the carer to mention it again in the afternoon. Then there’s no surprise at the door, but someone who was announced. That makes even an unusual day predictable.

labels-at-family-gatherings =
    .title = ‘What a stubborn little thing’
    .body = Does a relative say, in your child’s hearing, ‘She’s so stubborn’ or ‘He’s always so difficult’? Your child understands more than you think. Lightly offer a kinder word back, so your child hears it: ‘She knows exactly what she wants.’ Or: ‘He’s tired, it’s been a long day.’ That way your child hears how you see them. Children often come to believe what they hear about themselves.

the-baby-can-wait-a-moment =
    .title = Sometimes the baby can wait a moment
    .body = Does your toddler keep having to wait because the baby needs a feed or a clean nappy? Today, choose a moment on purpose when the baby, just fed and safe in the crib or on the mat, waits a little: ‘Baby, wait a moment, first I’m helping your big sister.’ Say it out loud, so your toddler hears it. A baby can grumble for a moment, and your toddler hears that sometimes they come first too.

will-you-look-after-this-for-me =
    .title = ‘Will you look after this for me?’
    .body = Going away for a few days? Give your toddler something of yours to look after: an old hat, or a T-shirt that smells of you. ‘Will you keep this safe for me? When I’m back, I’ll come and get it from you.’ Your homecoming becomes something to wait for, with something real to hold. And when you’re back: ‘Do you still have my hat? Thank you for looking after it!’

stepchildren-for-the-weekend =
    .title = Stepchildren for the weekend
    .body = Do your partner’s children come to stay every other weekend, and is the house suddenly full? Keep a few things the same for your toddler as on weekdays: their own bed, their own cup, the bedtime song with you. Say beforehand who’s coming: ‘Tomorrow Noor and Daan are coming.’ Then a full house feels like a party, not an invasion, and your toddler keeps their own place.

one-family-visit-a-day-at-the-holidays =
    .title = Holidays: one family visit a day
    .body = Are three family visits planned on one day over Christmas, Eid or New Year? For your toddler’s sake, choose one, and let the afternoon nap go ahead at home or in the usual place. A child this age soon gets overloaded by house after house and face after face. Family disappointed? ‘We’d love to come, but one house a day is what he can manage.’

gentle-hands-with-the-baby =
    .title = So much love, so firm: gentle hands with the baby
    .body = Does your toddler keep wanting to cuddle the baby, but so firmly that it makes you jump: squeezing, pushing, tugging a foot? Usually it’s love with too much strength. Put your hand over your child’s and stroke together: ‘Like this, gently down her leg.’ Big squeezes can go to a doll or a cushion. Stay close whenever they’re together. Gentle touch is learnt from your hands, not from a ban.

keep-talking-about-who-died =
    .title = Keep talking about the one who has died
    .body = Has Grandpa, Grandma or another dear relative died? Keep talking about them, to your toddler as well: ‘Grandpa always sang you this song.’ Sing it together, or look at a photo: ‘That’s Grandpa. Grandpa has died, and we miss him.’ That way this person stays part of your child’s story, even if they’ll remember little of them later. And you’re allowed to feel sad as you do it.

a-first-friend-at-childcare =
    .title = A first friend at childcare
    .body = Does your child keep saying a name from childcare, or does the worker say they always want to sit next to the same child? Ask about it with curiosity, and arrange to meet that child and their parent at the playground. A first favourite is the start of friendship, and grows out of the security your child feels with you. At this age, playing together often means side by side; fine.

speak-warmly-about-the-other-home =
    .title = Speak warmly about the other home
    .body = Does your child also live with the other parent? At home, put up a photo of your child with that parent at child height, and talk about it kindly: ‘There’s Daddy. You’ve got a blue cup at Daddy’s, haven’t you?’ Even when things are tense between you. Then your child doesn’t have to feel they should love one of you less. Finding that hard? Talk to someone you trust, out of your child’s hearing.

tell-the-baby-about-the-big-one =
    .title = Tell the baby about the big one
    .body = Talking to the new baby? Let your toddler hear how proud you are of them: ‘Look, baby, that’s your big sister. She climbs the stairs by herself already, and she knows all the songs.’ A toddler who hears how you talk about them feels seen, just when the baby is getting lots of attention. It costs nothing extra: you’re talking to the baby anyway.

make-a-welcome-home-drawing =
    .title = Make a welcome home together
    .body = Is the parent who’s been away coming home tomorrow? Today, make a welcome together with your toddler: a drawing on the door, flowers from the garden in a glass, slippers set out ready. And say: ‘One more sleep, then Daddy’s home.’ Waiting becomes something you do together, and your child knows the missing is nearly over. A bit shy at the homecoming anyway? Very normal; give it a little time.

the-week-in-pictures =
    .title = The week in pictures
    .body = Is your child’s week a puzzle: two days at childcare, a day at Grandma’s, a day at home? Make a strip with seven boxes and a photo or drawing for each day: the childcare building, Grandma’s face, your house. Look at it together every morning: ‘Today is a Grandma day.’ A child of nearly two understands a picture like that better than ‘Wednesday’. For a toddler, predictable means safe.

walk-past-the-new-playgroup =
    .title = Starting playgroup soon? Walk past it
    .body = Is your child starting at the peuterspeelzaal or voorschool (toddler playgroup) soon, from around two? In the weeks before, walk or cycle past a few times. Look through the fence together at the sandpit and the children: ‘That’s where you’ll play soon.’ Ask whether you can have a look inside together once. A place your child already knows from the outside feels less strange on the first day.

second-birthday-everyone-sings =
    .title = Everyone sings, and your child hides
    .body = Is your child turning two soon, with visitors coming who’ll all burst into song? Many toddlers find all those eyes on them a lot: they hide their face or crawl away. That isn’t ungratefulness. Take your child on your lap during the singing, let them look away, and blow out the candles together, or don’t. The party is for your child, not for the photo.


first-word-was-not-your-name =
    .title = Their first word wasn’t your name?
    .body = Was your child’s first word ‘cat’, ‘car’ or someone else’s name, and not yours? That can sting a little, and that’s allowed. Which word comes first says nothing about who your child loves most: often it’s just an easy sound or something they see a lot. Today, greet every word with delight. Your name will come too, perhaps just when you least expect it.

cant-sing-say-the-rhyme =
    .title = Not a singer? Say it instead
    .body = Feel awkward singing, or don’t really know any children’s songs? Then you don’t have to sing. Today, say a short rhyme with lots of rhythm and gently tap the beat on your child’s knee. Or just hum a tune. What counts for your child is the rhythm and your voice, not how good it sounds. No rhyme to hand? Make one up: ‘Coat on, shoes on, out we go, walking fast and walking slow.’

reading-while-they-wander =
    .title = Your child wanders off during a story?
    .body = Does your child wander off after one page? Today, just keep reading, with the book open on the floor. Many toddlers listen while they roam, and come back for a picture they like. You don’t have to finish the book, and sitting still isn’t required: looking together for a moment counts as reading too. Staying on a lap for a whole book comes later for many children.

video-call-toddler-runs-off =
    .title = A video call with the grandparents, and your child runs off
    .body = Do the grandparents want to video call, but your child wanders off after ten seconds? Take the phone to where your child is playing, so they can watch and react: ‘What are you building there?’ Or let your child hold a cuddly toy or block tower up to the camera. Unlike a video clip, here someone really responds to your child. Five good minutes are plenty.

at-your-limit-with-a-toddler =
    .title = At the end of your rope? Take a safe break
    .body = Feel like you’re about to explode? Never shake or hit your child. Put them somewhere safe, like the playpen, the cot or a childproof room, and say: ‘I’m going to calm down. I’ll be right back.’ Go to another room for a few minutes, breathe out slowly or call someone. That pause is good care, not failing. Go back when you’re calmer. Happens often? Tell the consultatiebureau (child health clinic).

pots-and-pans-band =
    .title = A band of pots and spoons
    .body = Today, turn a few pans upside down on the floor and give your child a wooden spoon. Drum a short beat yourself, stop and wait: now it’s your child’s turn. Take turns, sometimes loud, sometimes very soft. Making sounds in turn is a conversation without words, and your child notices that you wait for them. Too much noise? A cushion makes a fine quiet drum.

book-brought-while-you-cook =
    .title = A book, just as you’re cooking
    .body = Does your child bring you a book while you’re cooking? Sit them with the book on the floor or a low stool nearby, a safe distance from the hob, and let them show you the pictures. Between stirs, say what you see: ‘A fire engine! What’s it doing?’ Your child notices they matter, even while you’re busy. After dinner, read the book together on your lap.

not-enjoying-today-is-allowed =
    .title = Not enjoying today? That’s allowed
    .body = Everyone says to enjoy every moment, but today is mostly hard and dull? That’s allowed. Say it out loud to an adult you trust: ‘I’m finding today tough.’ Without quickly adding ‘but I love my child so much.’ Not enjoying a day doesn’t mean you’re doing badly. Tomorrow there’ll probably be a lovely moment again.

what-do-you-hear-listening =
    .title = Shh… what can you hear?
    .body = Today, stop for a moment outside or by an open window, cup your hand behind your ear and whisper: ‘Shh… what can you hear?’ Wait together. A bird, a scooter, a barking dog: say what it is and look together for where it’s coming from. Listening together is paying attention to the same thing, and your child gets words for sounds. Tomorrow, indoors: the washing machine, the doorbell.

pointing-and-whining-give-the-word =
    .title = Pointing and calling out? Add the word
    .body = Is your child pointing at the cup on the counter going ‘eh, eh!’? Give the word and the cup: ‘Water? You want water. Here’s your water.’ Don’t make them say it first. That way your child finds out that asking works, and hears exactly the word they were looking for. Words come from hearing them often at the right moment, not from having to earn them.

doesnt-look-up-when-you-call =
    .title = Your child doesn’t look up when you call?
    .body = Does your child often not turn round when you call, not even for ‘biscuit!’? Or babble less since a bad cold? A toddler lost in play sometimes really doesn’t hear you; that’s normal. Today, watch for it: whisper something nice behind them, or put on soft music. Sounds often not getting through? Ask the consultatiebureau (child health clinic) about their hearing. Talking starts with hearing.

video-just-before-bedtime =
    .title = A video just before bed?
    .body = Does your child watch a video right before bed, then take ages to fall asleep, or is switching it off a battle every evening? Today, move the video to before dinner. The last half hour before bed is then yours together: bath, book, a song on your lap. After fast pictures, many children find it harder to settle; your voice helps their body wind down. Not every evening? Most evenings count.

picture-book-in-your-own-words =
    .title = A picture book in your own words
    .body = Is Dutch not your language, or are there few books in your language? You don’t have to read the text. Today, tell the story of the pictures in your own words and your own language: ‘Look, the bear is looking for his mummy.’ What counts for your child is your voice and the story between you. Ask at the library whether they have books in your language, too.

low-mood-in-the-second-year =
    .title = Low, even now your child is older?
    .body = Low mood or anxiety can come later too, to any parent. Have you felt mostly grey, irritable, anxious or empty for two weeks or more, and can’t really enjoy anything? Tell your GP (huisarts) or the consultatiebureau (child health clinic) this week. It happens to many parents and it’s nobody’s fault. With support it usually gets lighter; asking for it is strength.

their-name-not-only-for-no =
    .title = Hearing their name mostly with ‘no’?
    .body = ‘Sam, no!’ ‘Sam, don’t touch!’ Does your child hear their name mostly when something’s wrong? Then it soon starts to sound like a warning. Today, say their name often in a warm voice, with nothing needed: ‘Sam! There you are.’ ‘Sam, what a lovely laugh.’ Your child hears that their name goes with something nice: with themselves, as they are. Warnings are fine, but don’t make the name the alarm.

a-weekly-hour-of-your-own =
    .title = A fixed hour a week that’s yours
    .body = Today, plan a fixed time each week that’s just yours: sport, singing in a choir, a course, a walk with a friend. Agree who looks after your child then, and put it in the calendar like an appointment. Something to look forward to recharges you more than stolen minutes. And your child gains from a parent who has something of their own.

compare-with-three-months-ago =
    .title = Compare with three months ago
    .body = Did you see another child today who says or does more, and has it been nagging at you? Tonight, find a video or photo of your own child from three months ago. Look at everything that’s new since then, and tell your child tomorrow: ‘You climb onto the sofa by yourself now!’ Every child grows at their own pace. Still unsure? Just ask the consultatiebureau (child health clinic).

your-language-out-loud-in-public =
    .title = Your own language, at the playground too
    .body = Do you switch to Dutch when you’re out, or speak more quietly, because you feel watched? Today, at the playground and in the shop, just speak your own language with your child, in your normal voice. Your child hears that your language belongs everywhere, and you sound like yourself. Someone asks about it? ‘We speak two languages at home’ is enough.

books-within-reach =
    .title = Books within reach
    .body = Today, put a few sturdy books in a low basket or on a low shelf, covers facing out. That way your child can choose one and bring it to you whenever they like. Bringing a book becomes an invitation: will you sit with me? Swap a few books each week. Delicate lift-the-flap books can go higher up, for reading together.

your-own-postponed-appointment =
    .title = That appointment for yourself: make it today
    .body = Have you been putting off your own dentist, GP or physiotherapist visit since your child arrived? Call today to book it, and arrange straight away who’ll look after your child. Pain, poor sleep or worries about your body eat into your patience, and your child needs that patience too. So caring for yourself is also caring for your child.

every-animal-is-a-dog =
    .title = Every animal is a dog? Say it back right
    .body = Does your child call every four-legged animal ‘dog’, or every car ‘bus’? That’s clever: they’re using what they already know. Today, instead of ‘no, wrong’, add the right word: ‘Yes, four legs, just like a dog! This is a cow. Moo!’ Talking stays fun, and your child hears the right word at just the right time. Saying it back well works better than making them repeat it.

home-late-child-asleep =
    .title = Home late and your child’s asleep?
    .body = Did you get home tonight after your child was already asleep? Peek round the bedroom door, and tell them in the morning: ‘I came to see you last night. You were fast asleep.’ That way your child knows you were there, even while they slept. Missing bedtime now and then breaks nothing. Often late? Then make breakfast your fixed time together.

toddler-asks-for-a-song =
    .title = Your child asks for a song
    .body = Is your child rolling their hands or clapping, looking at you hopefully? They may be asking for a song. Guess out loud: ‘Do you want The Wheels on the Bus?’ and sing it straight away. Today, draw a few song cards too: a bus, a spider, a duck. Then your child can point to the one they want. They discover: I can ask for something, and you understand me.

torn-page-mend-together =
    .title = A torn page? Mend it together
    .body = Has your child torn a page out of a book? Calmly say what happened: ‘Oops, the page is torn. Let’s fix it.’ Get the tape and let your child help: holding the piece, pressing the tape down. Your child learns that something broken can be made right again, and not just with books. Precious books can go up high for a while.

threatened-to-leave-without-them =
    .title = ‘I’m going without you!’ Take it back
    .body = Did you call out at the playground, ‘I’m off then, you can stay here!’, and did your child come running in a panic? A threat like that works fast, precisely because your child fears losing you. Take it back today: ‘I wasn’t really leaving. I’ll never leave you behind.’ Next time, say what’s true: ‘I’m coming to get you now, and then we’ll go together.’ Then your leaving never becomes a punishment.

say-thank-you-to-your-toddler =
    .title = Say thank you to your child
    .body = Does your child hand you a pebble, a block or your keys? Today, say a heartfelt ‘thank you!’, and ask them things with ‘would you…?’ and ‘please’. Skip the constant ‘what do you say?’. Children learn politeness mostly from how they themselves are spoken to, and your child feels like a real conversation partner. You may soon hear a little ‘thank you’ back, all by itself.

evening-scrolling-instead-of-sleep =
    .title = Scrolling late into the evening?
    .body = Is your child finally asleep, and do you then scroll on your phone until late, because it’s your only time to yourself? Very understandable. Tonight, put your phone away at a set time, outside the bedroom, and do one more thing for yourself without a screen: a shower, a book, a cup of tea. Patience is made of sleep. One earlier night this week is already a win.

family-photos-who-is-that =
    .title = Who’s that? Family photos
    .body = Today, get out some family photos, or stick a few low down on the fridge. Point and tell: ‘That’s Grandma, she lives far away. And look, that’s me, when I was as small as you!’ Your child learns who belongs to your family, even the ones who live far away. Maybe your child will soon bring you the album themselves: ‘Who dat?’

saw-something-scary-on-a-screen =
    .title = Saw something scary on a screen?
    .body = Did your child see something frightening: the news, an older sibling’s film, a video that went differently than you expected? It happens in every family. Switch it off calmly, hold your child close and say what they saw: ‘That was a loud bang. It gave you a fright. You’re here with me.’ Toddlers can’t yet tell real from pretend very well. Watch the news while your child sleeps, or with headphones.

your-voice-instead-of-the-speaker =
    .title = Your voice instead of the speaker
    .body = Do children’s songs often play from a speaker or tablet in your home? Today, switch them off once and sing one of those songs yourself, with your child on your lap. A speaker just keeps going; you can wait, slow down, repeat the bit that makes your child laugh, and you see your child’s face. That way a song becomes something the two of you share. It doesn’t have to sound good.

restart-a-bad-morning =
    .title = A bad morning? Start the day again
    .body = Only ten o’clock and everything’s already gone wrong: tears, spilt milk, a short fuse on your side? Press the reset button today. Go outside together for ten minutes, eat something, put on some music and say out loud: ‘Come on, let’s start again.’ At ten, a day is far from lost, and your child sees that a messy start can turn around. Need another restart at four? Allowed too.

parenting-questions-at-the-clinic =
    .title = Parenting questions? The clinic is there for those too
    .body = Stuck with something your child does, or with your own patience? The consultatiebureau (child health clinic) isn’t only for weighing, measuring and jabs; you can also go to them with questions about parenting, between appointments too. Write down today what’s on your mind and call, or ask at the next visit. Asking isn’t failing: looking at it together often helps.

voice-messages-with-grandparents =
    .title = Voice messages back and forth with the grandparents
    .body = Do the grandparents live far away, perhaps in another country? Ask them to send a short voice message with a song or rhyme in their own language. Listen to it a few times with your child. Then record a reply together: a word, a laugh, a bit of the song. That way something really goes back and forth, and your child hears the family’s voices and language more often.

notice-your-anger-building =
    .title = Feel your anger coming before it bursts
    .body = Do you often only notice your anger once you’ve already shouted? Today, watch what your body does just before: a hot face, a tight jaw, a louder voice. Choose a stop signal for yourself: hands flat on the kitchen counter, one long breath out, ‘wait’ in your head. The sooner you feel it coming, the more room you have to choose. Lost it anyway? Making up counts too.

reading-side-by-side =
    .title = Reading side by side, a book each
    .body = Today, get your own book or magazine and sit on the sofa, with a little pile of books for your child beside you. Each of you ‘reads’ your own for a while. When your child shows you a picture, really look up and respond: ‘Oh, an elephant!’ Then read on. Children like to copy what grown-ups enjoy, and you get a few pages in. Only lasts two minutes? That counts too.

too-much-noise-for-you =
    .title = Driven up the wall by all the noise?
    .body = Shrieking, banging, a toy horn that won’t stop: is the noise getting to you by evening? Many parents get irritable from it; it says nothing about your love. Today, find one quieter quarter of an hour: play outside, where sound drifts away, put the loudest squeaky toy away for a while, or wear earplugs that soften sound yet let you hear your child well. Quiet in your head leaves more patience.

two-languages-few-words-worry =
    .title = Two languages at home, and few words yet?
    .body = Heard that two languages confuse a child or make them talk later? Not true: if a child says few words, two languages aren’t the cause. So keep speaking your own language. Many children know one word in one language and another in the other: count them together. Tell the consultatiebureau (child health clinic) which languages you speak and which words your child says. Worried? Just ask.

library-story-time-on-your-lap =
    .title = Story time at the library, on your lap
    .body = Does your local library have a story time for toddlers? Go together one day, with your child on your lap or beside you. Many toddlers just watch at first, from that safe spot. Does your child wander about, or want to leave after ten minutes? Fine; next time it often goes better. Being read to becomes something you also do with other children, with you close by.

laugh-the-tension-away =
    .title = A tense afternoon? Be silly
    .body = Is the mood tense, with a contrary toddler and a parent on a short fuse? Change tack: waddle like a penguin to the bathroom, talk in a squeaky voice, make a sock say ‘hello’. Laughing together relaxes your body and your child’s, and often gets a stuck moment moving again. Is your child really upset? Then comfort comes first.

blamed-them-wrongly =
    .title = Blamed your child for something they didn’t do?
    .body = Did you think your child knocked over the cup or picked the plant, and then it turned out to be the dog, their big sister or your own elbow? Just say so: ‘I thought you did it, but I was wrong. Sorry I was cross.’ A sentence like that costs nothing and teaches a lot: grown-ups make mistakes too, and making up is part of it. It doesn’t make you less of a parent; it makes your bond stronger.

mixing-two-languages =
    .title = Two languages mixed up? Perfectly normal
    .body = Does your child put words from two languages into one little sentence? Perfectly normal: your child uses the first word they can find. Today, respond to what your child means, in your own language, and don’t make them pick the ‘right’ language first. That way talking stays something that works. Over time, most children work out by themselves who speaks which language.

if-youre-happy-a-song-of-feelings =
    .title = If you’re happy… a song full of feelings
    .body = Today, sing ‘If you’re happy and you know it, clap your hands’, and add more feelings: if you’re cross, stamp your feet; if you’re sad, say ‘boo-hoo’; if you’re scared, snuggle up to me. Act it out big, with your whole face. Your child gets to play with feelings at a safe moment, and gains words and gestures for later. Does your child make up a verse of their own? Sing along.

your-toddler-is-listening-in =
    .title = Your child is listening
    .body = Are you telling someone on the phone how difficult your child was today, while they play right next to you? Toddlers often understand much more than they can say. Save the hard stories for when your child is asleep. Now, clearly within earshot, share something that went well: ‘Guess what went well today? Walked all the way to the baker’s!’ Your child hears that you see what they do well.

hearing-your-parents-in-your-voice =
    .title = Hearing your own parents in your voice?
    .body = Did you hear yourself say something your father or mother used to say, and that you swore you never would? It happens to lots of parents, especially when tired. Tonight, choose the sentence you do want to say next time, and put it on a note on the fridge: ‘Let me help you’ instead of ‘Hurry up!’ Then it’s ready. Was your childhood hard, and is it weighing on you now? Talk to your GP (huisarts).

tell-each-other-what-went-well =
    .title = Tell each other what went well
    .body = As parents, do you mostly tell each other what could be better: ‘You forgot the nappies’ or ‘She wasn’t meant to have another biscuit’? Tonight, tell your partner or co-parent one thing you saw go well today: ‘You stayed so calm in that tantrum.’ Being seen gives courage, and parents who back each other up bring a child calm. Raising your child alone? Ask someone close what they see you do well.

looking-at-phone-photos-together =
    .title = Looking at photos on your phone together
    .body = Is your phone full of photos from the weekend? Today, sit together and slowly swipe through a few: ‘Look, there you are with the goats. What did that goat do?’ Let your child point and help tell it, with a word or a sound. Looking back together helps your child turn it into a story. Then the phone goes away again.

a-book-about-their-big-interest =
    .title = Mad about diggers? Find a book about them
    .body = Is your child completely obsessed with diggers, horses or bin lorries? Find a book at the library with real photos of them and dive in together. Let your child tell you things, and learn the words along with them: the bucket, the tracks, the crane. Following what fascinates your child says: what you love matters to me. Before you know it, you’re an expert too.

a-promise-you-cannot-keep =
    .title = A promise that falls through
    .body = Did you promise the playground after the nap, and now it can’t happen after all? Say so honestly and briefly: ‘I said we’d go to the playground. We can’t now, and that’s a shame. We’ll go tomorrow morning.’ Let the disappointment be there, and really go tomorrow. Trust doesn’t grow from nothing ever going wrong, but from being honest and making it right.

chatty-at-home-quiet-at-childcare =
    .title = Talking at home, quiet at childcare?
    .body = Is your child saying more and more in your language at home, but mostly quiet at childcare? Many children learning a new language watch and listen for a while before they start speaking it. Today, ask how your child gets understood there: pointing, joining in songs, playing along? At home, simply keep speaking your own language. Unsure? Ask the consultatiebureau (child health clinic).

watching-a-video-together =
    .title = Your child watching a video? Watch along
    .body = Do you sometimes put on a short video for your child? Today, sit beside them and watch along. Talk about what you see: ‘The dog’s jumping! Just like you.’ Agree beforehand: ‘One video, then it goes off’, and switch it off together with a wave: ‘Bye-bye, video!’ Watching together makes it something you share, and an announced ending means less of a battle.

say-out-loud-how-you-handle-a-setback =
    .title = Say out loud how you handle a setback
    .body = Something going wrong with your child watching: the milk boils over, the keys are missing? Say out loud what’s going on inside you and what you’re doing: ‘Oh, that’s annoying. Deep breath. Coat pocket first.’ Your child watches closely how grown-ups handle setbacks, and gets words for their own feelings plus a way to carry on. Didn’t stay calm? Say that too: ‘That was loud, wasn’t it. I’m OK now.’

your-child-as-the-hero =
    .title = Your child as the hero of the story
    .body = Today, make up a very short story starring your child: ‘Once upon a time there was a girl called Noor. She found a great big puddle. And what did she do? Splash!’ Use your child’s name, things they know and a happy ending. A story about yourself is the most exciting thing there is for a toddler, and it says: you matter. Again tomorrow? Gladly.

toddler-conducts-the-song =
    .title = Your child conducts the song
    .body = Today, sing a familiar song and make your child the conductor. Arms go up, you sing loudly; arms go down, you whisper; your child waves fast, you sing fast. Show it once yourself first. Your child notices that you follow what they show you, and that gives a wonderful feeling of having a say. Then it’s your turn to conduct.

partner-seems-low-for-weeks =
    .title = Your partner seems low for weeks?
    .body = Has your partner or co-parent been quiet, irritable or low for weeks? At a calm moment, say what you see without blame: ‘You’ve seemed so tired and down lately. How are you really?’ Offer to go to the GP (huisarts) together. Low mood happens to many parents, mothers and fathers alike, and it’s nobody’s fault; asking for help is strength. Find support for yourself as well.

toddler-answers-in-dutch =
    .title = Your child answers in Dutch?
    .body = Do you speak your own language, and does your child answer in Dutch more and more often? Very common when they hear lots of Dutch at childcare. Calmly keep speaking your own language and say the word back in yours, without making them repeat it. Above all, make your language fun: songs, stories, calls with family. Pressure makes a language heavy; fun keeps it alive.

others-cant-understand-your-child =
    .title = Others can’t understand your child? Translate
    .body = Your child tells Grandma or the neighbour something, and they look at you, puzzled? Translate briefly, talking with your child, not about them: ‘You’re saying the dog ran off! It did, didn’t it.’ Talking keeps working, and the other person gets the message. Many toddlers are still hard for others to follow; that’s normal. Worried about their speech? Ask the consultatiebureau (child health clinic).

talk-to-yourself-like-a-friend =
    .title = Talk to yourself as you would to a friend
    .body = After a slip-up, do you immediately think ‘I’m a bad parent’? Ask yourself what you’d say to a friend who’d done the same. Probably something like: ‘You were exhausted, and you made it right afterwards.’ Say that sentence to yourself today. Being kind to yourself isn’t soft: it gives you energy to make things right, and your child learns from you how to handle mistakes.

toddler-reads-to-you =
    .title = Let your child read to you
    .body = Do you sometimes see your child babbling over a book on their own, ‘reading’? Today, swap roles: your child holds the book and ‘reads’ it, to you or to a cuddly toy, with sounds, little words and lots of pointing. You’re the audience: ‘Oh! And then?’ Your child shows everything they know, and being the reader makes them proud. The story may go differently from the book.

let-the-other-parent-do-it-differently =
    .title = Let the other parent do it differently
    .body = Is your partner or co-parent taking over the bath, getting dressed or bedtime? Then really step away, and don’t correct unless it’s unsafe. A different way isn’t a worse way. Your child builds a bond of their own with each of you, precisely through that personal style, and the other parent grows in confidence. And you get ten minutes to yourself.

holiday-with-a-toddler-is-not-rest =
    .title = On holiday with a toddler: don’t expect rest
    .body = Does your holiday feel mostly like the same work in a strange place, with less sleep? Very normal with a toddler. Lower your expectations: an afternoon of doing nothing is a holiday too. Agree with whoever you’re travelling with that each of you takes turns to have a lie-in or an hour out alone. A holiday with a toddler isn’t a rest cure, and that’s good enough.

long-car-trip-songs-and-stops =
    .title = A long car journey? Songs, stops and looking out
    .body = A long drive ahead? Plan stops for running around and cuddles, and pack a small bag with books or toys your child hasn’t seen for a while. Sing together on the way, and play ‘what can I see?’: a cow, a lorry, a bridge. That way the journey becomes something you do together. A video for part of the journey can be part of it too.

a-story-from-your-childhood =
    .title = Tell a story from when you were little
    .body = Today, without a book, tell a very short true story from when you were little, in your own language: ‘When I was small, we had a chicken. One day it just walked into the kitchen!’ Look at your child, use your hands and your voice. Your child hears where they come from. Does your child ask for ‘the chicken’ again tomorrow? Then you’ve got a classic.

threw-away-their-treasure =
    .title = Threw away your child’s treasure?
    .body = Did you throw away a crumpled leaf, a stick or a broken toy car, and now your child is inconsolable? Rather than ‘it’s just a stick’, say: ‘That was your special stick, and I threw it away. I’m sorry.’ Get it back if you can, or find a new one together. From now on, ask first: ‘Can this go, or is it treasure?’ Your child notices that their things matter to you too.

toddler-says-a-rude-word =
    .title = Your child suddenly says a rude word?
    .body = Does a swear word suddenly pop out of that little mouth, picked up in the street, at childcare or simply at home? Your child doesn’t know what it means, only that the word gets a reaction. Respond calmly and briefly: ‘That’s not a nice word. Say: fiddlesticks!’ A big shock or loud laughter only makes the word exciting. Use the funny word often yourself; the rude one is often soon forgotten.

read-it-wrong-on-purpose =
    .title = Read it wrong on purpose
    .body = Does your child know a book well? Today, say something silly on purpose: ‘And the cow says… miaow!’ Wait a moment. Many toddlers shout indignantly ‘no, moo!’ and collapse in giggles. Act surprised: ‘Oh? What does the cow say, then?’ Your child gets to know better, and laughing about words together is language and bonding at once. Want it exactly as always tonight? Fine too.

sing-along-their-version =
    .title = Your child sings it differently? Sing along
    .body = Is your child singing ‘Twinkle, twinkle, little… car’, or babbling a song with words of their own? Today, sing along with your child’s version, and laugh together. No need to correct: you sing the song the usual way often enough, and that’s how your child picks it up. Joining in with their version says: your voice counts. It may even become your family version.

a-week-alone-with-your-toddler =
    .title = A week alone with your child? Lower the bar
    .body = Is your partner away for a week, for work or family, leaving you on your own? Lower the bar on purpose: easy meals, one outing a day, no big jobs. Ask one person for one thing, like cooking once or babysitting for a morning. And go to bed early yourself. Your child gains more from a calm parent than from a full programme. After a week like that, you can be proud.

let-your-toddler-finish-talking =
    .title = Let your child finish talking
    .body = Does your child sometimes repeat sounds or words, ‘I-I-I want…’, or search a long time for a word? For many toddlers, their thoughts are running ahead of their mouth. Wait calmly, keep looking at your child and don’t finish the sentence. Don’t say ‘slow down’ either. Your child feels there’s time. Does talking seem to cost effort or tension? Ask the consultatiebureau (child health clinic).

clap-the-names =
    .title = Clap the names of everyone at home
    .body = Today, clap out the names of everyone at home together, to the rhythm of the sounds: ‘Gran-ny’, two claps; ‘Mo-ham-med’, three claps. Then the teddy, the cat, the neighbour. Your child may not clap in time yet, and that doesn’t matter. It’s about playing with sound and rhythm together, with the names of people your child knows. Tomorrow, clap your child’s own name.

a-letter-at-two =
    .title = Nearly two: write your child a letter
    .body = Is your child nearly two? Tonight, write a short letter to read together one day: what makes your child laugh now, which words they say, what was hard and what you learned together. Nobody did these two years perfectly, and nobody had to. You kept coming back, after the slip-ups too, and that’s what a child grows on. Keep the letter somewhere safe.
