"""What the letter checker looks for, per language, and what it suggests instead.

Each rule has cue phrases (matched at word starts, case-insensitive; a trailing ``*``
means "any ending", so ``remerci*`` covers *remercie* and *remercions*) and a better way
to say it, written in the letter's own language so it can be pasted into the draft.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Wording:
    blame: tuple[str, ...]
    added_reasons: tuple[str, ...]  # "moreover", "another reason": a second reason coming
    causes: tuple[str, ...]  # "because": two of them are two reasons
    thanks: tuple[str, ...]
    next_steps: tuple[str, ...]
    months: str  # regex alternatives for month names after a day number
    alternatives: tuple[str, ...]
    respect: tuple[str, ...]  # the letter names a behaviour: read as an abuse letter
    parting: tuple[str, ...]  # the letter ends the relationship
    suggestions: dict[str, str]


EN = Wording(
    blame=(
        "you always",
        "you never",
        "you constantly",
        "you keep",
        "your fault",
        "because of you",
        "impossible to work with",
        "impossible to please",
        "nightmare to work with",
        "you are difficult",
        "you're difficult",
        "you are unreasonable",
        "you're unreasonable",
        "you do not listen",
        "you don't listen",
        "you ruined",
        "you failed",
    ),
    added_reasons=(
        "moreover",
        "furthermore",
        "in addition",
        "additionally",
        "on top of that",
        "not to mention",
        "another reason",
        "besides that",
        "secondly",
        "what is more",
    ),
    causes=("because", "due to", "owing to", "the reason is", "as a result of"),
    thanks=("thank*", "grateful", "appreciat*", "gratitude"),
    next_steps=(
        "next step*",
        "we will",
        "we'll",
        "i will",
        "i'll",
        "hand over",
        "handover",
        "transfer",
        "until then",
    ),
    months=(
        r"jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?"
        r"|sep(tember)?|oct(ober)?|nov(ember)?|dec(ember)?"
    ),
    alternatives=(
        "refer*",
        "recommend*",
        "introduce you",
        "another provider",
        "other provider*",
        "another agency",
        "another firm",
        "partner*",
        "better placed",
        "better suited",
    ),
    respect=("respect*", "behaviour", "behavior", "the language used", "abusive"),
    parting=(
        "end our",
        "ending our",
        "part ways",
        "parting ways",
        "last day",
        "no longer work",
        "stop working",
        "bring our collaboration to a close",
        "final day",
        "no longer be able to work",
        "terminate*",
        "termination",
        "end the contract",
        "discontinue our",
        "goodbye",
    ),
    suggestions={
        "blame": 'Describe the fact and its effect instead: "the project needed five rounds '
        'of revisions".',
        "reasons": "Keep the single reason that matters most and leave the others out.",
        "thanks": 'Thank them for something real: "Thank you for the trust you have placed in us."',
        "next_steps": 'Say what happens now: "We will hand over every file by the end date."',
        "end_date": 'Give the last day of the work: "Our collaboration ends on 30 April."',
        "alternatives": 'Point them somewhere better: "We would be glad to recommend a '
        'provider who suits your needs."',
        "shouting": "Write in sentence case, with one full stop at the end.",
        "length": "Cut to a few short paragraphs: the decision, the reason, thanks, next steps.",
    },
)

FR = Wording(
    blame=(
        "vous êtes toujours",
        "vous faites toujours",
        "vous ne cessez",
        "vous n'écoutez jamais",
        "vous ne respectez jamais",
        "toujours en train de",
        "c'est de votre faute",
        "par votre faute",
        "à cause de vous",
        "impossible de travailler avec vous",
        "impossible à satisfaire",
        "vous êtes impossible*",
        "vous êtes difficile*",
        "vous êtes insupportable*",
        "vous avez tout gâché",
    ),
    added_reasons=(
        "de plus",
        "en outre",
        "par ailleurs",
        "sans compter",
        "qui plus est",
        "une autre raison",
        "deuxièmement",
        "de surcroît",
        "sans oublier",
    ),
    causes=("parce que", "parce qu'", "en raison de", "à cause de", "puisque", "étant donné"),
    thanks=("merci*", "remerci*", "reconnaissan*", "gratitude"),
    next_steps=(
        "prochaine* étape*",
        "nous allons",
        "nous vous transmettrons",
        "nous vous remettrons",
        "nous vous enverrons",
        "nous livrerons",
        "nous terminerons",
        "passation",
        "nous assurerons",
    ),
    months=(
        r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre"
        r"|novembre|décembre|decembre"
    ),
    alternatives=(
        "recommand*",
        "orienter",
        "autre* prestataire*",
        "un confrère",
        "partenaire*",
        "mieux placé*",
        "mieux à même",
        "mettre en relation",
    ),
    respect=("respect*", "comportement*", "propos tenus", "injurieu*", "insultant*"),
    parting=(
        "mettre fin",
        "mettre un terme",
        "cesser notre",
        "dernier jour",
        "nos chemins",
        "ne plus travailler",
        "fin de notre collaboration",
        "prendra fin",
        "résili*",
        "arrêter notre collaboration",
        "ne plus pouvoir travailler",
        "cesser de travailler",
    ),
    suggestions={
        "blame": "Décrivez le fait et son effet : « le projet a demandé cinq séries de "
        "corrections ».",
        "reasons": "Gardez la seule raison qui compte le plus et laissez les autres de côté.",
        "thanks": "Remerciez pour quelque chose de réel : « Merci de la confiance que vous "
        "nous avez accordée. »",
        "next_steps": "Dites ce qui va se passer : « Nous vous remettrons tous les fichiers "
        "avant la date de fin. »",
        "end_date": "Donnez le dernier jour : « Notre collaboration prendra fin le 30 avril. »",
        "alternatives": "Proposez une autre piste : « Nous serons heureux de vous recommander "
        "un prestataire adapté. »",
        "shouting": "Écrivez en minuscules, avec un seul point final.",
        "length": "Resserrez en quelques paragraphes : la décision, la raison, les "
        "remerciements, la suite.",
    },
)

VI = Wording(
    blame=(
        "anh luôn",
        "chị luôn",
        "quý khách luôn",
        "lúc nào cũng",
        "không bao giờ chịu",
        "không thể làm việc với",
        "lỗi của anh",
        "lỗi của chị",
        "lỗi của quý",
        "tại anh",
        "tại chị",
        "quá khó tính",
        "không ai chịu nổi",
        "vô lý",
    ),
    added_reasons=(
        "ngoài ra",
        "hơn nữa",
        "thêm vào đó",
        "bên cạnh đó",
        "một lý do khác",
        "chưa kể",
        "thứ hai là",
    ),
    causes=("bởi vì", "lý do là", "nguyên nhân là", "tại vì"),
    thanks=("cảm ơn", "cám ơn", "biết ơn", "tri ân"),
    next_steps=("bước tiếp theo", "chúng tôi sẽ", "bàn giao", "sẽ gửi"),
    months=r"tháng\s*\d{1,2}",
    alternatives=(
        "giới thiệu",
        "đơn vị khác",
        "đối tác",
        "nhà cung cấp khác",
        "phù hợp hơn",
    ),
    respect=("tôn trọng", "thái độ", "lời lẽ", "xúc phạm"),
    parting=(
        "chấm dứt",
        "kết thúc hợp tác",
        "kết thúc việc hợp tác",
        "ngừng hợp tác",
        "ngày cuối",
        "dừng hợp tác",
        "không thể tiếp tục hợp tác",
        "không tiếp tục hợp tác",
        "thanh lý hợp đồng",
    ),
    suggestions={
        "blame": 'Hãy nêu sự việc và ảnh hưởng của nó: "dự án đã cần năm lần chỉnh sửa".',
        "reasons": "Chỉ giữ lại một lý do quan trọng nhất, bỏ các lý do còn lại.",
        "thanks": 'Hãy cảm ơn một điều có thật: "Chúng tôi xin chân thành cảm ơn sự tin '
        'tưởng của Quý khách."',
        "next_steps": 'Hãy nói rõ việc tiếp theo: "Chúng tôi sẽ bàn giao toàn bộ tài liệu '
        'trước ngày kết thúc."',
        "end_date": 'Hãy nêu ngày cuối cùng: "Việc hợp tác sẽ kết thúc vào ngày 30 tháng 4."',
        "alternatives": 'Hãy gợi ý hướng khác: "Chúng tôi sẵn lòng giới thiệu một đơn vị '
        'phù hợp hơn."',
        "shouting": "Viết chữ thường như câu bình thường, chỉ một dấu chấm cuối câu.",
        "length": "Rút gọn còn vài đoạn ngắn: quyết định, lý do, lời cảm ơn, bước tiếp theo.",
    },
)

SL = Wording(
    blame=(
        "vedno ste",
        "vi vedno",
        "nikoli ne poslušate",
        "nikoli ne upoštevate",
        "z vami je nemogoče",
        "nemogoče je delati z vami",
        "nemogoče sodelovati z vami",
        "vaša krivda",
        "po vaši krivdi",
        "ste krivi",
        "zaradi vas",
        "ste nemogoči",
        "ste težavni",
        "ste nerazumni",
    ),
    added_reasons=(
        "poleg tega",
        "še več",
        "razen tega",
        "drugič",
        "ne nazadnje",
        "nenazadnje",
        "vrh tega",
        "drugi razlog",
    ),
    causes=("ker", "razlog je", "zaradi tega, ker"),
    thanks=("hvala", "zahval*", "hvaležn*"),
    next_steps=("naslednji korak*", "naslednje korake", "bomo", "predal*", "predaj*"),
    months=(
        r"januar\w*|februar\w*|mar(ec|ca|cu)|april\w*|maj\w*|junij\w*|julij\w*|avgust\w*"
        r"|septemb\w*|oktob\w*|novemb\w*|decemb\w*"
    ),
    alternatives=(
        "priporoč*",
        "drug* ponudnik*",
        "drug* izvajal*",
        "partner*",
        "ustreznejš*",
        "povezali",
        "povež*",
    ),
    respect=("spoštovanj*", "vedenj*", "žaljiv*", "neprimern*"),
    parting=(
        "zaključiti sodelovanje",
        "zaključili sodelovanje",
        "končati sodelovanje",
        "prekiniti sodelovanje",
        "prenehati",
        "zadnji dan",
        "razid*",
        "sodelovanje se bo končalo",
        "sodelovanje bo končano",
        "sodelovanje zaključimo",
        "zaključimo sodelovanje",
        "sodelovanje se konča",
        "sodelovanje se končuje",
        "odpoved*",
        "ne bomo več sodelovali",
        "prenehanje sodelovanja",
    ),
    suggestions={
        "blame": "Opišite dejstvo in njegov učinek: »projekt je zahteval pet krogov popravkov«.",
        "reasons": "Ohranite en sam, najpomembnejši razlog, druge izpustite.",
        "thanks": "Zahvalite se za nekaj resničnega: »Hvala Vam za zaupanje.«",
        "next_steps": "Povejte, kaj sledi: »Vse datoteke Vam bomo predali do datuma zaključka.«",
        "end_date": "Navedite zadnji dan: »Naše sodelovanje se bo končalo 30. aprila.«",
        "alternatives": "Ponudite drugo pot: »Z veseljem Vam priporočimo ustreznejšega ponudnika.«",
        "shouting": "Pišite z malimi črkami, z eno samo piko na koncu.",
        "length": "Skrajšajte na nekaj odstavkov: odločitev, razlog, zahvala, naslednji koraki.",
    },
)

WORDINGS: dict[str, Wording] = {"en": EN, "fr": FR, "vi": VI, "sl": SL}
