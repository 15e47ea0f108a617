carer-takes-over-in-their-arms =
    .title = From your arms into familiar arms
    .body = Taking your baby to childcare or a sitter today? At goodbye, don’t put your baby down on the floor or in the playpen; hand them straight into the arms of their regular carer, who takes over the comforting. That way there’s no empty moment between your arms and theirs. Tears anyway? That’s allowed: the point is a soft landing, not a goodbye without tears.

keep-your-return-promise-out-loud =
    .title = Say it out loud: back, as promised
    .body = At goodbye, promise only what’s true: not ‘Back in a minute’ when you’ll come after the afternoon nap, but ‘I’ll fetch you after your nap’. Then say it again at pick-up: ‘I said after your nap, and here I am.’ Your baby can’t follow the words yet, but does pick up the pattern: whoever leaves comes back. Each time it holds true, that pattern gets a little sturdier.

staying-behind-say-what-happens =
    .title = Staying behind? Say what’s happening
    .body = Is someone heading out of the door today while your baby cries in your arms? Don’t reach for a toy to distract them straight away. First say what’s happening: who has gone, when they’ll be back, and ‘You’re sad, aren’t you? I’m here with you.’ That way your baby doesn’t carry the missing alone. A song or a look out of the window is fine afterwards, once the worst crying has eased.

pulling-to-stand-you-close-by =
    .title = Pulling up alone, with you close by
    .body = Is your baby pulling up on the sofa or the edge of the playpen? Rather than standing them up yourself, sit on the floor right beside the sofa. Keep a hand ready as a safety net and only help when your baby asks for it. It may take ten tries, and that’s exactly right: your baby discovers what they can do alone, while you make sure it feels safe.

stuck-standing-help-them-down =
    .title = Up they go, but how to get down?
    .body = Is your baby standing up and crying because they don’t know how to sit back down? Instead of lifting them every time, help them lower: a hand on their bottom, gently bend the knees, ‘Bend your knees… and sit!’ You answer the call for help and show your baby how to do it alone soon. Until they can, you’re the lift going down.

twins-both-want-you-at-once =
    .title = Twins, and both want you at once
    .body = Do you have twins, and do both want you at the same time today? Pick one up, sit on the floor next to the other and rest your free hand on their back. Talk to both: ‘I hear you too, you’re next on my lap.’ Take turns over who goes first. Your voice and your hand tell the waiting one they haven’t been forgotten. A little crying while they wait is OK; nobody comforts two at once perfectly.

brushing-first-teeth-together =
    .title = Brushing teeth together, a brush each
    .body = Is the first tooth coming through, or already there? Brush together today: take your baby on your lap in the bathroom, brush your own teeth and give your baby a soft baby toothbrush of their own to chew on. Then briefly brush your baby’s teeth, saying what you do: ‘Top first, then bottom. Done!’ Brushing becomes something you do together, not a struggle. Protest is normal; short is fine too.

cruise-along-the-sofa-to-you =
    .title = Along the sofa, over to you
    .body = Is your baby already cruising along the sofa, one hand after the other? Kneel at the end of the sofa, open your arms and wait. Let your face light up when they arrive: ‘You came all the way to me!’ Arriving at someone who’s glad to see you gives your baby the feeling of being welcome. Is someone else at home? Then kneel at either end, one each.

wave-bye-bye-to-the-bath-water =
    .title = Wave bye-bye to the bath water
    .body = Does your baby wave already, or watch spellbound when you do? Today, wave bye-bye together whenever something ends: the bath water draining away, the empty plate, the last page of the book, the sitter going home. ‘Bye-bye, bath water!’ An ending becomes something familiar, with a word and a gesture to go with it. That makes the bigger goodbye at childcare a little less sudden, too.

baby-swing-push-from-the-front =
    .title = In the baby swing: push from the front
    .body = Off to the playground today? Put your baby in a baby swing and stand in front of it rather than behind. Push gently, say ‘And… there you are again!’ with each swing, and let your face join in. Your baby sees you again and again and reads in your face that this is fun. Is your baby looking serious, clinging on or turning away? Then it’s too fast or too high: go gentler, or take a break.

danger-calm-hands-not-a-shout =
    .title = Danger? Calm hands, not a shout
    .body = Is your baby heading for the stairs, the oven or a cable today? Walk over instead of calling ‘No!’ from across the room. Pick them up, say briefly, ‘Not there, that’s dangerous. We’ll play here,’ and set them down a little way off by something interesting. A shout from afar startles but teaches little; your calm hands carry the same message without the fright. A stair gate saves a lot of trips.

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

family-party-quiet-breaks =
    .title = At a big party, step out for some quiet
    .body = Going to a big party today, like a wedding, Eid or Christmas with the family? About once an hour, take your baby to a quiet room or outside for five minutes, just the two of you. Music, voices and hands reaching for your baby are a lot at once; a short breather stops it from becoming too much. Is your baby rubbing their eyes or turning away again and again? Time for a longer break.

working-nights-your-fixed-moment =
    .title = Working nights? Pick your own fixed moment
    .body = Do you work night shifts or changing shifts, and miss much of your baby’s day because of it? Choose one fixed care moment that’s yours on the days you can: breakfast after your shift, the bath before you leave, the song at the afternoon nap. A moment that keeps coming back keeps your bond warm, even when the hours change. It needn’t be long: ten minutes truly together counts.

two-homes-same-bedtime-song =
    .title = Two homes, the same bedtime song
    .body = Does your baby live partly with you and partly with the other parent? Agree together on a few things that go the same way in both homes: the bedtime song, the words at bedtime. At handover, pass on briefly how things went, or let a notebook travel in the bag. Then your baby doesn’t have to guess afresh in each home what comes next. Tears at the switch? That’s saying goodbye, not a bad sign.

moving-house-set-up-the-cot-first =
    .title = Moving house: set up the cot first
    .body = Moving house? In the new home, set up your baby’s cot first, the way it stood in the old house, with the same sleeping bag. Keep the bedtime routine exactly the same: the same song, the same words, the same order. When everything around your baby is new, the familiar rhythm gives them something to hold on to. A few restless nights are normal; stay with your baby a little longer then.

moving-house-tour-of-the-rooms =
    .title = A tour of the new home
    .body = Just moved into a new home? Today, carry your baby through every room and tell them what you see: ‘This is the kitchen. Here’s your cot. Look, the window, the tree outside.’ Do it a few days in a row. Your voice and your arm slowly turn a strange place into a familiar one. Then let your baby explore the floor, but check sockets, stairs and cables first.

when-the-familiar-carer-leaves =
    .title = When the familiar carer leaves
    .body = Is your baby’s regular childcare worker leaving, or is there a new face in the group? Ask if the familiar person can work alongside the new one a few times, so your baby can get used to the new arms. Tell the newcomer yourself how your baby likes to be comforted, and allow extra time at drop-off at first. More tears? That’s missing someone, not going backwards.

first-night-at-the-grandparents =
    .title = The first night at the grandparents’
    .body = Is your baby sleeping at the grandparents’ for the first time? Let them have a nap there first, while you’re still in the house. Pass on the bedtime routine: the same sleeping bag, the same song, the same words. Go through safe sleep together too, as it used to be done differently: on the back, in a bed of their own, nothing soft in it, no pillow or cuddly toy. Then you can sleep easy as well.

tidy-up-one-block-together =
    .title = One block in the box, together
    .body = Floor covered in blocks? Turn tidying up into a little game today: pick up one block together, hold out the box and say, ‘In the box… bump!’ Clap when it drops in. You tidy the rest while your baby watches or brings one more. The end of playtime becomes a fixed, cosy moment with you instead of something that just happens. Sing the same tidy-up song every time.

two-languages-speak-your-own =
    .title = Two languages at home? Speak your own
    .body = Do you speak a different language at home from the one at childcare? Talk to your baby in the language of your heart, the one you comfort, joke and sing in. Your baby is starting to understand words now, and can do so in two languages at once. In your own language, your voice sounds the way your baby knows it. Dutch will come at childcare; teach the carers a few comforting words in yours.

sick-day-carry-more-do-less =
    .title = A sick day: carry more, do less
    .body = Does your baby have a cold or a fever and want only you? Give in to that: carry them, keep them on your lap, leave the laundry. A sick baby seeks extra closeness, and it brings calm. If your baby falls asleep on you and you’re tired too, lay them in their own cot. Drinking poorly, floppy, or are you worried? Call the GP, or in the evening and at night the huisartsenpost (out-of-hours GP service).

soft-hands-when-they-grab =
    .title = Soft hands
    .body = Is your baby pulling your hair, your glasses or the cat’s fur today? They’re exploring, not trying to hurt. Calmly take the little hand, open it and stroke your cheek or the cat together: ‘Gently. Like this.’ Your baby feels the difference and sees in your face that stroking feels nice. It’ll go wrong many more times, and that’s fine: showing it calmly each time is enough.

baby-wrecks-a-siblings-game =
    .title = When the baby knocks over a big sibling’s tower
    .body = Has your baby knocked over an older child’s block tower or puzzle today? Tell the older child what you see: ‘That’s so annoying, you worked really hard on that.’ And to your baby: ‘You wanted to join in, didn’t you?’ Then give the older child a spot the baby can’t reach, like the table. Both of them feel seen, and your baby doesn’t become ‘the troublesome one’ in the family story.

a-song-for-the-car-seat =
    .title = A song for the car seat
    .body = Does your baby go rigid or cry as soon as the car seat comes into view? Choose one song that belongs only to the car seat, and sing it every time you buckle them in. Say what you’re doing: ‘Arms through the straps first, then click.’ A fixed song and the same words turn an annoying moment into a predictable one. Not working today? Stay calm, fasten the straps properly and sing again tomorrow.

nappy-change-baby-wants-to-go =
    .title = Changing a baby who wants to get away
    .body = Does your baby roll over at every nappy change and try to get away? It often only becomes a wrestle once you hold them down. Give your baby something to do, like holding the clean nappy or a toy that only comes out at changing time, and say what comes next: ‘Lie still a moment, then off you go.’ A wet nappy can be changed standing at the sofa. On a changing table, keep a hand on your baby.

a-spoon-of-their-own =
    .title = A spoon of their own at the table
    .body = Does your baby keep grabbing the spoon when you feed them today? Give them a spoon of their own and put a few soft pieces on the tray to pick up, while you help with the other spoon. Eat something yourself at the same table, and stay with your baby while they eat. Your baby feels: I get to join in and try things myself, and you’re right here. It’ll get messy, and that’s part of it.

video-calls-with-faraway-family =
    .title = Video calls with faraway family
    .body = Do the grandparents or other loved ones live far away, perhaps in another country? Set a fixed time for a video call, say Sunday after breakfast, with the same song every time. At the end, wave bye-bye together. A familiar face, a known voice and a song your baby recognises help them get to know someone even from a distance. Baby looking away after a few minutes? That’s enough for today.

dancing-in-the-kitchen =
    .title = Dancing in the kitchen
    .body = Does your baby already bounce along to music, standing at the sofa or in your arms? Today, put on a song that makes you happy and dance through the kitchen together: swaying, turning, freezing when the music stops. Rhythm, your body close and laughing together turn an ordinary moment into a party for two. Even on a hard day, one song can be enough for you both to recharge a little.

a-few-nights-away-from-baby =
    .title = A few nights away from your baby
    .body = Do you have to be away for a few nights, for work, a hospital stay or family? Ask whoever stays with your baby to keep the days ordinary: the same rhythm, the same bedtime song. Agree a fixed time for a short call or a voice message. Does your baby look away at first when you get back? Very normal after days without you. Stay close without pushing; the warmth usually comes back by itself.

copy-me-copy-you =
    .title = Copy me, copy you
    .body = Is your baby already copying things, like clapping or a little cough? Play a copying game today: do something simple, like tapping your head or blowing a kiss, and wait. If your baby copies, laugh and try something new; if your baby does something, you copy that. It becomes a conversation without words, taking turns to lead. Not yet? Then your baby would rather watch, and that’s fine too.

clinic-visit-on-your-lap =
    .title = At a check-up, on your lap for as long as possible
    .body = Is your baby due at the consultatiebureau (child health clinic) or the GP soon for a check-up or a jab? Ask whether your baby can stay on your lap as much as possible, also while being undressed and listened to. Talk softly and keep eye contact. A strange place and unfamiliar hands are easier with you close by as a safe harbour. Afterwards, comfort for as long as needed; that isn’t spoiling.

fasting-while-caring-for-baby =
    .title = Fasting while caring for your baby
    .body = Are you fasting for Ramadan or another fast while caring for your baby? Keep the hardest hours, often late afternoon, calm: time on the floor together, a walk, no big jobs. Ask for help with cooking the iftar or with the bath. Hunger and little sleep make patience shorter, and that’s human. Breastfeeding? Talk to your GP or the consultatiebureau (child health clinic) about fasting.

suddenly-scared-of-the-bath =
    .title = Suddenly scared of the bath
    .body = Is your baby suddenly crying in the bath after always loving it? That’s quite common, sometimes because of the gurgling plughole or a slip one day. Make it feel safe first: less water, a towel on the bottom, or a bath together with you. Say what you see: ‘This feels scary, I’m holding you.’ A few days of just a flannel wash is fine too. In the bath, always keep a hand on your baby.

startled-by-your-no-repair =
    .title = Startled by your ‘No!’
    .body = Did you shout ‘No!’ today as your baby reached for your hot tea, and did your baby burst into tears? That makes sense: you got a fright, and so your baby did too. Pick them up as soon as you can and say softly: ‘I shouted because the tea is hot. It gave you a fright. I’m here.’ Repairing after a moment like that makes your bond stronger, not weaker. From now on, keep hot drinks up high.
