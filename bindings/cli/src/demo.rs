//! The demo journal: a baby of ten weeks and three weeks of the small moments a parent
//! logs, with notes in the user's language. Dates are relative to the user's today, so
//! the demo always looks current; nothing is random, so it looks the same every time.

use chrono::{Days, Local, NaiveDate, NaiveTime};
use hechting_core::{Child, ChildInput, Core, Feedback, MomentInput, MomentKind};

use crate::error::CliResult;
use crate::parse::{self, Instant};

/// How old the demo baby is today.
const AGE_DAYS: u64 = 70;

/// The demo's words in one language.
struct Words {
    name: &'static str,
    /// Who was with the baby: a parent, the other parent, a grandparent.
    carers: [&'static str; 3],
    notes: [&'static str; NOTES],
}

const NOTES: usize = 18;

const NL: Words = Words {
    name: "Noor",
    carers: ["Mama", "Papa", "Oma"],
    notes: [
        "Eerste keer huid op huid in de grote stoel thuis. Ze werd helemaal stil en zocht met haar neusje mijn hals.",
        "Na de voeding in slaap gevallen op mijn borst. Ik ben gewoon nog even blijven zitten.",
        "Het liedje van het bootje weer gezongen. Ze keek de hele tijd naar mijn mond.",
        "Tijdens de nachtvoeding keken we elkaar lang aan. Stil en warm.",
        "Verteld wat ik deed terwijl ik de was opvouwde. Ze brabbelde terug!",
        "Een uur huilen aan het eind van de middag en mijn geduld was op. Ik heb haar veilig in bed gelegd en op de gang even diep adem gehaald.",
        "Daarna weer opgepakt, zachtjes gewiegd en sorry gezegd. Ze kroop tegen mijn hals en werd rustig.",
        "Met de draagzak naar het park. Ze sliep de hele weg.",
        "Schrok van de deurbel. Even vasthouden en zacht neuriën, en ze was weer rustig.",
        "Beentjes gemasseerd met warme olie. Ze trappelde blij; toen ze wegkeek, zijn we gestopt.",
        "Vanochtend haar eerste echte lach, naar papa!",
        "Samen met papa in bad. Grote ogen, geen traan.",
        "Regenachtige middag, samen onder een dekentje op de bank.",
        "Zware ochtend: ik was zo moe dat ik pas zag dat ze honger had toen ze al hard huilde.",
        "Daarna samen gaan zitten, rustig gevoed en elkaar weer aangekeken. Het is goed gekomen.",
        "Eerste boekje met zwart-witte plaatjes. Ze bleef lang naar de zebra kijken.",
        "Ochtendknuffel in ons bed, voordat de dag begon.",
        "Ze maakte nieuwe geluidjes; ik deed ze na en ze keek heel verbaasd.",
    ],
};

const EN: Words = Words {
    name: "Rosie",
    carers: ["Mum", "Dad", "Grandma"],
    notes: [
        "Our first skin-to-skin in the big armchair at home. She went completely still and nuzzled into my neck.",
        "Fell asleep on my chest after her feed. I just stayed put for a while.",
        "Sang the little boat song again. She watched my mouth the whole time.",
        "A long look at each other during the night feed. Quiet and warm.",
        "Told her everything I was doing while folding the laundry. She cooed back!",
        "An hour of crying late in the afternoon and I ran out of patience. I laid her down safely and took a deep breath in the hallway.",
        "Then picked her up again, rocked her gently and said sorry. She tucked into my neck and settled.",
        "Walked to the park with her in the sling. She slept the whole way.",
        "The doorbell gave her a fright. A few minutes of holding and humming, and she was calm again.",
        "Massaged her little legs with warm oil. She kicked happily; when she looked away, we stopped.",
        "Her first real smile this morning, at her dad!",
        "In the bath with her dad. Big eyes, not a single tear.",
        "Rainy afternoon, the two of us under a blanket on the sofa.",
        "Rough morning: I was so tired I only noticed she was hungry once she was really crying.",
        "Afterwards we sat down together, fed slowly and found each other's eyes again. We're okay.",
        "Our first book with black-and-white pictures. She kept looking at the zebra.",
        "Morning cuddle in our bed before the day began.",
        "She made new little sounds; I copied them and she looked so surprised.",
    ],
};

const DE: Words = Words {
    name: "Mila",
    carers: ["Mama", "Papa", "Oma"],
    notes: [
        "Zum ersten Mal zu Hause Haut an Haut im großen Sessel. Sie wurde ganz still und kuschelte sich an meinen Hals.",
        "Nach dem Trinken auf meiner Brust eingeschlafen. Ich bin einfach noch ein bisschen sitzen geblieben.",
        "Wieder das Lied vom kleinen Boot gesungen. Sie hat die ganze Zeit auf meinen Mund geschaut.",
        "Beim Trinken in der Nacht haben wir uns lange angeschaut. Still und warm.",
        "Beim Wäschefalten erzählt, was ich gerade mache. Sie hat zurückgebrabbelt!",
        "Eine Stunde Weinen am späten Nachmittag, und meine Geduld war am Ende. Ich habe sie sicher ins Bettchen gelegt und im Flur tief durchgeatmet.",
        "Danach wieder hochgenommen, sanft gewiegt und mich entschuldigt. Sie hat sich an meinen Hals gekuschelt und wurde ruhig.",
        "Mit der Trage in den Park. Sie hat den ganzen Weg geschlafen.",
        "Die Türklingel hat sie erschreckt. Ein paar Minuten halten und leise summen, dann war sie wieder ruhig.",
        "Die Beinchen mit warmem Öl massiert. Sie hat fröhlich gestrampelt; als sie wegschaute, haben wir aufgehört.",
        "Heute Morgen ihr erstes echtes Lächeln, für Papa!",
        "Zusammen mit Papa in der Badewanne. Große Augen, keine einzige Träne.",
        "Regnerischer Nachmittag, wir zwei unter einer Decke auf dem Sofa.",
        "Schwerer Morgen: Ich war so müde, dass ich ihren Hunger erst bemerkt habe, als sie schon laut weinte.",
        "Danach haben wir uns zusammen hingesetzt, in Ruhe getrunken und uns wieder angeschaut. Alles wieder gut.",
        "Das erste Buch mit Schwarz-Weiß-Bildern. Sie hat lange das Zebra angeschaut.",
        "Morgens noch im Bett gekuschelt, bevor der Tag losging.",
        "Sie hat neue Laute gemacht; ich habe sie nachgemacht, und sie hat ganz erstaunt geschaut.",
    ],
};

const TR: Words = Words {
    name: "Elif",
    carers: ["Anne", "Baba", "Babaanne"],
    notes: [
        "Evde büyük koltukta ilk ten tene temasımız. Bir anda sakinleşti, burnunu boynuma gömdü.",
        "Beslendikten sonra göğsümde uyuyakaldı. Kalkmadım, öylece biraz oturdum.",
        "Yine küçük kayık şarkısını söyledim. Şarkı boyunca gözünü ağzımdan ayırmadı.",
        "Gece beslenmesinde uzun uzun birbirimize baktık. Sessiz ve sıcacık.",
        "Çamaşırları katlarken ona ne yaptığımı anlattım. O da agucuklarla cevap verdi!",
        "Akşamüstü bir saat ağladı ve sabrım tükendi. Onu güvenle yatağına yatırıp koridorda derin bir nefes aldım.",
        "Sonra onu yeniden kucağıma aldım, yavaşça salladım ve özür diledim. Boynuma sokuldu ve sakinleşti.",
        "Kanguruyla parka yürüdük. Yol boyunca uyudu.",
        "Kapı zilinden korktu. Birkaç dakika sarılıp mırıldanınca yine sakinleşti.",
        "Minik bacaklarına ılık yağla masaj yaptım. Neşeyle tekmeledi; başını çevirince bıraktık.",
        "Bu sabah ilk gerçek gülümsemesi, hem de babasına!",
        "Babasıyla birlikte banyo. Kocaman gözler, tek damla gözyaşı yok.",
        "Yağmurlu bir öğleden sonra, ikimiz kanepede bir battaniyenin altında.",
        "Zor bir sabah: O kadar yorgundum ki acıktığını ancak avaz avaz ağlamaya başlayınca fark ettim.",
        "Sonra birlikte oturduk, sakince beslendi ve yeniden göz göze geldik. Her şey yoluna girdi.",
        "Siyah beyaz resimli ilk kitabımız. Zebraya uzun uzun baktı.",
        "Gün başlamadan önce yatakta sabah sarılması.",
        "Yeni sesler çıkardı; ben de taklit ettim, şaşkın şaşkın baktı.",
    ],
};

const AR: Words = Words {
    name: "نور",
    carers: ["ماما", "بابا", "الجدة"],
    notes: [
        "أول مرة ملامسة الجلد للجلد على الكرسي الكبير في البيت. هدأت تمامًا ودسّت أنفها في عنقي.",
        "نامت على صدري بعد الرضعة. لم أتحرّك، وبقينا هكذا قليلًا.",
        "غنّيت لها أغنية القارب الصغير مرة أخرى. ظلّت تنظر إلى فمي طوال الوقت.",
        "في رضعة الليل تبادلنا نظرة طويلة. هدوء ودفء.",
        "حكيت لها ما أفعله وأنا أطوي الغسيل. فردّت عليّ بمناغاة!",
        "بكت ساعة كاملة في آخر العصر ونفد صبري. وضعتها في سريرها بأمان وأخذت نفسًا عميقًا في الممر.",
        "بعدها حملتها من جديد، وهدهدتها برفق، واعتذرت لها. التصقت بعنقي وهدأت.",
        "مشينا إلى الحديقة وهي في الحمّالة. نامت طوال الطريق.",
        "أفزعها جرس الباب. ضممتها ودندنت لها بضع دقائق فهدأت من جديد.",
        "دلّكت ساقيها الصغيرتين بزيت دافئ. ركلت بفرح، وحين أشاحت بنظرها توقفنا.",
        "هذا الصباح أول ابتسامة حقيقية منها، لأبيها!",
        "استحمّت مع أبيها. عينان واسعتان، ولا دمعة واحدة.",
        "عصر ماطر قضيناه معًا تحت بطانية على الأريكة.",
        "صباح صعب: من شدة التعب لم أنتبه لجوعها إلا حين اشتدّ بكاؤها.",
        "بعدها جلسنا معًا، ورضعت بهدوء، وتلاقت أعيننا من جديد. عاد كل شيء على ما يرام.",
        "أول كتاب لنا بصور بالأبيض والأسود. ظلّت تتأمّل الحمار الوحشي طويلًا.",
        "عناق الصباح في سريرنا قبل أن يبدأ اليوم.",
        "أصدرت أصواتًا جديدة، فقلّدتها ونظرت إليّ بدهشة.",
    ],
};

fn words(locale: &str) -> &'static Words {
    match locale {
        "en" => &EN,
        "de" => &DE,
        "tr" => &TR,
        "ar" => &AR,
        _ => &NL,
    }
}

/// One logged moment of the demo: days before today, time, kind, note, minutes, carer.
struct Entry(u64, u32, u32, MomentKind, Option<usize>, Option<i32>, usize);

use MomentKind::*;

#[rustfmt::skip]
const JOURNAL: &[Entry] = &[
    Entry(20, 8, 15, Feeding, None, Some(20), 0),
    Entry(20, 14, 30, SkinToSkin, Some(0), Some(40), 0),
    Entry(20, 21, 10, Cuddle, None, None, 1),
    Entry(19, 10, 0, Singing, None, None, 1),
    Entry(19, 16, 20, Comfort, None, None, 0),
    Entry(18, 3, 40, EyeContact, Some(3), None, 0),
    Entry(18, 11, 30, Walk, None, Some(45), 1),
    Entry(18, 19, 0, Bath, None, Some(15), 1),
    Entry(17, 9, 10, Cuddle, Some(1), None, 0),
    Entry(17, 15, 45, Talking, None, None, 0),
    Entry(16, 13, 0, SkinToSkin, None, Some(30), 1),
    Entry(16, 20, 30, Singing, Some(2), None, 0),
    Entry(15, 10, 30, Massage, Some(9), Some(10), 0),
    Entry(15, 17, 50, HardMoment, Some(5), None, 0),
    Entry(15, 18, 20, Repair, Some(6), None, 0),
    Entry(14, 11, 0, Walk, Some(7), Some(50), 0),
    Entry(14, 21, 0, Cuddle, None, None, 1),
    Entry(13, 9, 45, Talking, Some(4), None, 0),
    Entry(13, 16, 10, Comfort, Some(8), None, 1),
    Entry(12, 14, 0, Cuddle, None, None, 2),
    Entry(11, 7, 50, Milestone, Some(10), None, 1),
    Entry(11, 19, 15, Bath, Some(11), Some(15), 1),
    Entry(10, 10, 20, Reading, Some(15), Some(10), 0),
    Entry(10, 20, 40, Singing, None, None, 1),
    Entry(9, 12, 10, Cuddle, Some(12), None, 0),
    Entry(9, 16, 40, EyeContact, None, None, 1),
    Entry(8, 9, 0, SkinToSkin, None, Some(35), 0),
    Entry(8, 18, 30, Walk, None, Some(30), 1),
    Entry(7, 6, 40, HardMoment, Some(13), None, 0),
    Entry(7, 7, 15, Repair, Some(14), Some(20), 0),
    Entry(7, 15, 0, Singing, None, None, 2),
    Entry(6, 11, 15, Massage, None, Some(10), 1),
    Entry(6, 19, 45, Cuddle, None, None, 0),
    Entry(5, 10, 0, Talking, None, None, 0),
    Entry(5, 14, 20, Walk, None, Some(40), 2),
    Entry(4, 9, 30, Reading, None, Some(10), 1),
    Entry(4, 20, 10, Comfort, None, None, 0),
    Entry(3, 13, 30, SkinToSkin, None, Some(30), 1),
    Entry(3, 18, 0, Bath, None, Some(15), 0),
    Entry(2, 10, 45, Play, None, Some(15), 0),
    Entry(2, 21, 15, Singing, None, None, 1),
    Entry(1, 9, 20, EyeContact, None, None, 0),
    Entry(1, 16, 30, Cuddle, None, None, 1),
    Entry(1, 20, 0, Talking, Some(17), None, 0),
    Entry(0, 7, 30, Cuddle, Some(16), None, 0),
    Entry(0, 10, 15, Talking, None, None, 1),
];

/// Days before today on which the demo parent opened the app and got a tip, and what
/// they did with it.
const TIP_DAYS: &[(u64, Option<Feedback>)] = &[
    (13, None),
    (12, Some(Feedback::Tried)),
    (10, None),
    (9, Some(Feedback::Favourite)),
    (8, None),
    (6, Some(Feedback::Tried)),
    (5, None),
    (3, Some(Feedback::Favourite)),
    (2, None),
    (1, Some(Feedback::Tried)),
];

/// The demo child: the first child in the database, or a new one with its journal.
pub fn ensure(core: &Core, today: NaiveDate) -> CliResult<Child> {
    if let Some(child) = core.children()?.into_iter().next() {
        return Ok(child);
    }
    let words = words(&core.locale_info().locale);
    let child = core.add_child(
        &ChildInput {
            name: words.name.into(),
            birth_date: today.checked_sub_days(Days::new(AGE_DAYS)),
            due_date: None,
        },
        today,
    )?;
    let now = Local::now();
    for Entry(ago, h, m, kind, note, minutes, carer) in JOURNAL {
        let Some(day) = today.checked_sub_days(Days::new(*ago)) else {
            continue;
        };
        let Some(time) = NaiveTime::from_hms_opt(*h, *m, 0) else {
            continue;
        };
        // Today's moments only once they have happened.
        if day == now.date_naive() && time > now.time() {
            continue;
        }
        // A time the clocks skipped is left out.
        let Ok(Instant { ms, offset_min }) = parse::local("--at", day.and_time(time)) else {
            continue;
        };
        core.log_moment(
            &child.id,
            &MomentInput {
                kind: *kind,
                occurred_at: hechting_core::Timestamp(ms),
                utc_offset_minutes: offset_min,
                note: note
                    .and_then(|n| words.notes.get(n))
                    .map(|n| (*n).to_owned()),
                duration_minutes: *minutes,
                caregiver: words.carers.get(*carer).map(|c| (*c).to_owned()),
            },
        )?;
    }
    for (ago, feedback) in TIP_DAYS {
        let Some(day) = today.checked_sub_days(Days::new(*ago)) else {
            continue;
        };
        let tip = core.tip_for_day(&child.id, day)?;
        if let (Some(tip), Some(feedback)) = (tip, feedback) {
            core.tip_feedback(&child.id, &tip.tip.id, *feedback)?;
        }
    }
    Ok(child)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_its_notes() {
        for w in [&NL, &EN, &DE, &TR, &AR] {
            assert!(w.notes.iter().all(|n| !n.trim().is_empty()));
        }
        for Entry(_, h, m, _, note, _, carer) in JOURNAL {
            assert!(*h < 24 && *m < 60);
            assert!(note.is_none_or(|n| n < NOTES));
            assert!(*carer < 3);
        }
    }

    #[test]
    fn a_hard_moment_is_followed_by_repair() {
        let hard: Vec<u64> = JOURNAL
            .iter()
            .filter(|e| e.3 == HardMoment)
            .map(|e| e.0)
            .collect();
        assert!(!hard.is_empty());
        for day in hard {
            assert!(JOURNAL.iter().any(|e| e.0 == day && e.3 == Repair));
        }
    }
}
