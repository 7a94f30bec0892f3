"""What the clients of the demo portfolio write (and what the studio writes back).

``PHRASES[language][kind]`` lists messages of one kind in one language, written for this
project. The demo generator draws its message bodies from here, and the text classifier's
tests check that it files each phrase under the kind it is listed under — so every phrase
should be a clear example of its kind. Vietnamese appears both with diacritics and, as many
people type it on a phone, without them.

Kinds a client writes: ``abusive``, ``complaint``, ``minor_complaint``, ``payment_excuse``,
``change_request``, ``ethics_request``, ``urgent``, ``friendly`` (including friendly
swearing, which is not abuse), ``neutral``. Kinds the studio writes: ``reply``, ``reminder``
(a payment reminder).
"""

from __future__ import annotations

CLIENT_KINDS = (
    "abusive",
    "complaint",
    "minor_complaint",
    "payment_excuse",
    "change_request",
    "ethics_request",
    "urgent",
    "friendly",
    "neutral",
)
STUDIO_KINDS = ("reply", "reminder")
KINDS = CLIENT_KINDS + STUDIO_KINDS

EN: dict[str, tuple[str, ...]] = {
    "abusive": (
        "Are you people completely incompetent? This is garbage and so are you.",
        "I am sick of your stupid excuses. FIX IT NOW or I will make sure everyone hears "
        "what idiots you are.",
        "Your designer is useless, a total moron. Tell her to stop wasting my money.",
        "Shut up and do what you are paid for, you pathetic clowns.",
        "If this isn't done by tonight I will come down there and you will regret it.",
        "WHAT THE HELL IS WRONG WITH YOU. Answer your damn phone, you lazy idiots!!!",
    ),
    "complaint": (
        "I am very unhappy with the last delivery. The layout is not what we agreed on.",
        "This is the third time the report arrives late. It is not acceptable.",
        "The website was down all weekend and nobody told us. We lost orders.",
        "We are disappointed with the quality of the photos; several are out of focus.",
        "The invoice does not match the quote you sent us, and we want an explanation.",
        "Honestly the new logo looks cheap. This is not the standard we pay for.",
    ),
    "minor_complaint": (
        "Small issue: the blue on the banner is a touch darker than in the mock-up.",
        "A bit annoying that the footer still shows last year's date.",
        "Minor problem: the PDF was a bit slow to open on my phone.",
        "Slightly disappointed that one button is still misaligned on the contact page.",
        "I noticed a typo in the second paragraph of the brochure.",
        "The meeting ran ten minutes over, which was a little annoying.",
    ),
    "payment_excuse": (
        "Sorry for the delay on the invoice, our accountant is on holiday until next month.",
        "Cash is tight this quarter, can we pay the balance in a few weeks?",
        "We never received the invoice, could you send it again?",
        "The payment is stuck with our bank, it should go through next week.",
        "Our main customer has not paid us yet, so we will settle once they do.",
        "I thought we had already paid that one. I will check with finance.",
    ),
    "change_request": (
        "Could you also add an online booking page? It wasn't in the brief but we need it.",
        "Actually, can we change the whole colour scheme to green instead?",
        "We'd like a French version of the site as well, on top of what we agreed.",
        "Can you redo the homepage one more time with a bigger photo?",
        "Please add two extra pages for our new product range.",
        "That's not quite it. Can you try another direction for the menu?",
    ),
    "ethics_request": (
        "Can you date the invoice to last December so it falls in the old tax year?",
        "Could we pay part of it in cash, off the books, and skip the VAT?",
        "Write us twenty five-star reviews under different names, nobody will check.",
        "Put the consulting hours down as equipment so we can claim it back.",
        "Just copy the competitor's photos, they won't notice if we crop them.",
    ),
    "urgent": (
        "URGENT: the checkout page is broken, please look at it right away.",
        "Need this today, it's urgent! Our launch is tomorrow morning.",
        "ASAP please — the printer needs the final files within the hour.",
        "Urgent!! Can someone call me back immediately?",
        "This is urgent, the newsletter went out with the wrong price.",
    ),
    "friendly": (
        "Thanks so much for the quick turnaround, the team loves it!",
        "This bug was a damn nightmare, thanks for sorting it!",
        "You guys are bloody brilliant, the launch went perfectly.",
        "Great meeting today, really happy with where this is going.",
        "Holy crap, the new site is fast. Well done!",
        "Many thanks for your patience with our endless questions.",
    ),
    "neutral": (
        "Please find attached the text for the About page.",
        "Can we move Thursday's call to 3 pm?",
        "Here are the login details for the hosting account.",
        "Just confirming we received the draft, we'll review it this week.",
        "What do you need from us for the next step?",
        "Attached is the purchase order for the second phase.",
    ),
    "reply": (
        "Thank you, we have received the files and will start on Monday.",
        "Here is the draft for your review. Let us know what you think.",
        "The update is live. Please check it when you have a moment.",
        "We have scheduled the call for Thursday at 3 pm.",
    ),
    "reminder": (
        "A friendly reminder that the invoice from last month is now overdue.",
        "Our records show the attached invoice is still unpaid. Could you look into it?",
        "Second reminder: the invoice is past its due date. Please let us know when to "
        "expect payment.",
    ),
}

FR: dict[str, tuple[str, ...]] = {
    "abusive": (
        "Vous êtes vraiment des incapables. Ce travail est nul et vous aussi.",
        "J'en ai marre de vos excuses minables. RÉPAREZ ÇA TOUT DE SUITE, bande d'idiots.",
        "Votre graphiste est une incompétente totale, qu'elle arrête de gaspiller mon argent.",
        "Fermez-la et faites ce pour quoi on vous paie, espèces de guignols.",
        "Si ce n'est pas fini ce soir, je viens vous voir et vous allez le regretter.",
        "Mais c'est quoi votre problème, bordel ? Répondez au téléphone, bande de fainéants !!!",
    ),
    "complaint": (
        "Je suis très mécontent de la dernière livraison, la mise en page n'est pas celle "
        "convenue.",
        "C'est la troisième fois que le rapport arrive en retard. Ce n'est pas acceptable.",
        "Le site est resté en panne tout le week-end sans que personne ne nous prévienne.",
        "Nous sommes déçus par la qualité des photos, plusieurs sont floues.",
        "La facture ne correspond pas au devis et nous attendons une explication.",
    ),
    "minor_complaint": (
        "Petit souci : le bleu de la bannière est un peu plus foncé que sur la maquette.",
        "Un peu agaçant : le pied de page affiche encore l'année dernière.",
        "Le PDF est un peu lourd à ouvrir sur mon téléphone.",
        "Un bouton est légèrement décalé sur la page contact.",
        "Il reste une coquille dans le deuxième paragraphe de la brochure.",
    ),
    "payment_excuse": (
        "Désolé pour le retard de paiement, notre comptable est en congé jusqu'au mois prochain.",
        "La trésorerie est tendue ce trimestre, pouvons-nous régler dans quelques semaines ?",
        "Nous n'avons jamais reçu la facture, pouvez-vous la renvoyer ?",
        "Le virement est bloqué par notre banque, il devrait partir la semaine prochaine.",
        "Notre plus gros client ne nous a pas encore payés, nous réglerons dès que possible.",
    ),
    "change_request": (
        "Pourriez-vous ajouter une page de réservation en ligne ? Ce n'était pas prévu mais "
        "nous en avons besoin.",
        "Finalement, peut-on passer toute la charte en vert ?",
        "Nous voudrions aussi une version anglaise du site, en plus de ce qui était convenu.",
        "Ce n'est pas tout à fait ça. Pouvez-vous essayer une autre piste pour le menu ?",
        "Merci d'ajouter deux pages pour notre nouvelle gamme.",
    ),
    "ethics_request": (
        "Pouvez-vous antidater la facture à décembre dernier, pour l'exercice précédent ?",
        "On pourrait régler une partie en liquide, sans facture, pour éviter la TVA ?",
        "Rédigez-nous une vingtaine de faux avis cinq étoiles sous différents noms.",
        "Mettez les heures de conseil en achat de matériel, comme ça on le déduit.",
    ),
    "urgent": (
        "URGENT : la page de paiement ne fonctionne plus, merci de regarder tout de suite.",
        "Il nous le faut aujourd'hui, c'est urgent ! Le lancement est demain matin.",
        "Au plus vite s'il vous plaît, l'imprimeur attend les fichiers dans l'heure.",
        "Urgent !! Quelqu'un peut-il me rappeler immédiatement ?",
    ),
    "friendly": (
        "Merci beaucoup pour la rapidité, toute l'équipe adore !",
        "Ce bug était une vraie galère, putain, merci de l'avoir réglé !",
        "Vous êtes géniaux, le lancement s'est parfaitement passé.",
        "Excellente réunion aujourd'hui, nous sommes ravis de la direction prise.",
        "Merci pour votre patience face à toutes nos questions.",
    ),
    "neutral": (
        "Vous trouverez ci-joint le texte de la page À propos.",
        "Peut-on décaler l'appel de jeudi à 15 h ?",
        "Voici les identifiants du compte d'hébergement.",
        "Nous avons bien reçu la maquette, nous la relisons cette semaine.",
        "De quoi avez-vous besoin de notre part pour la suite ?",
    ),
    "reply": (
        "Merci, nous avons bien reçu les fichiers et commençons lundi.",
        "Voici la maquette pour relecture. N'hésitez pas à nous faire part de vos remarques.",
        "La mise à jour est en ligne. Pourriez-vous vérifier quand vous aurez un moment ?",
    ),
    "reminder": (
        "Petit rappel : la facture du mois dernier est arrivée à échéance.",
        "Sauf erreur de notre part, la facture ci-jointe reste impayée. Pourriez-vous vérifier ?",
        "Deuxième relance : la facture a dépassé sa date d'échéance. Merci de nous indiquer "
        "une date de règlement.",
    ),
}

VI: dict[str, tuple[str, ...]] = {
    "abusive": (
        "Các người đúng là một lũ vô dụng. Làm ăn như rác!",
        "Tôi chán nghe mấy lời bào chữa ngu ngốc rồi. SỬA NGAY ĐI, đồ ngu!",
        "Cái cô thiết kế đó đúng là đồ ngốc, đừng phí tiền của tôi nữa.",
        "Im miệng và làm đúng việc được trả tiền đi, lũ hề.",
        "Cac nguoi la lu vo dung, lam an nhu rac, do ngu!",
        "Neu toi nay chua xong thi cac nguoi se phai hoi han, liệu hồn!",
    ),
    "complaint": (
        "Tôi rất không hài lòng với bản giao lần trước, bố cục không như đã thống nhất.",
        "Đây là lần thứ ba báo cáo bị trễ. Không thể chấp nhận được.",
        "Trang web bị sập cả cuối tuần mà không ai báo cho chúng tôi.",
        "Chat luong anh qua kem, nhieu tam bi mo. Chung toi rat that vong.",
        "Hóa đơn không khớp với báo giá, chúng tôi cần được giải thích.",
    ),
    "minor_complaint": (
        "Màu xanh trên banner hơi đậm hơn bản mẫu một chút, không sao đâu.",
        "Chuyện nhỏ thôi: chân trang vẫn ghi năm ngoái.",
        "File PDF hơi nặng khi mở trên điện thoại.",
        "Co mot loi chinh ta nho o doan thu hai cua to roi.",
        "Một nút trên trang liên hệ hơi lệch một chút.",
    ),
    "payment_excuse": (
        "Xin lỗi vì thanh toán chậm, kế toán của chúng tôi đang nghỉ phép đến tháng sau.",
        "Quý này dòng tiền hơi căng, cho chúng tôi trả sau vài tuần được không?",
        "Chúng tôi chưa nhận được hóa đơn, anh chị gửi lại giúp nhé.",
        "Khoan thanh toan bi ngan hang giu lai, tuan sau se chuyen.",
        "Khách hàng lớn của chúng tôi chưa trả tiền, khi nào họ trả chúng tôi sẽ thanh toán ngay.",
    ),
    "change_request": (
        "Anh chị thêm giúp trang đặt lịch trực tuyến nhé? Trong brief không có nhưng chúng tôi "
        "cần.",
        "Thực ra, mình đổi toàn bộ tông màu sang xanh lá được không?",
        "Chúng tôi muốn có thêm bản tiếng Anh của trang web, ngoài phần đã thỏa thuận.",
        "Chua dung y lam. Lam lai menu theo huong khac giup minh nhe.",
        "Vui lòng thêm hai trang cho dòng sản phẩm mới.",
    ),
    "ethics_request": (
        "Anh chị ghi lùi ngày hóa đơn về tháng Mười Hai năm ngoái giúp tôi nhé?",
        "Mình trả một phần bằng tiền mặt, không xuất hóa đơn để khỏi đóng thuế được không?",
        "Viết giúp chúng tôi hai mươi đánh giá năm sao giả dưới nhiều tên khác nhau.",
        "Ghi gio tu van thanh mua thiet bi de minh khai khau tru thue nhe.",
    ),
    "urgent": (
        "GẤP: trang thanh toán bị lỗi, xử lý ngay giúp tôi.",
        "Cần ngay hôm nay, gấp lắm! Sáng mai chúng tôi ra mắt rồi.",
        "Gap gap! Nha in can file cuoi trong mot tieng nua.",
        "Khẩn cấp!! Ai đó gọi lại cho tôi ngay được không?",
    ),
    "friendly": (
        "Cảm ơn anh chị đã làm rất nhanh, cả nhóm đều thích!",
        "Con bug này đúng là ác mộng vãi, cảm ơn đã sửa giúp!",
        "Cam on ca team nhieu nhe, buoi ra mat rat thanh cong.",
        "Buổi họp hôm nay rất tốt, chúng tôi rất hài lòng.",
        "Cảm ơn vì đã kiên nhẫn với bao nhiêu câu hỏi của chúng tôi.",
    ),
    "neutral": (
        "Gửi anh chị nội dung cho trang Giới thiệu trong tệp đính kèm.",
        "Mình dời cuộc gọi thứ Năm sang 3 giờ chiều được không?",
        "Đây là thông tin đăng nhập tài khoản hosting.",
        "Chung toi da nhan ban nhap, tuan nay se xem lai.",
        "Bước tiếp theo anh chị cần chúng tôi chuẩn bị gì?",
    ),
    "reply": (
        "Cảm ơn anh chị, chúng tôi đã nhận được tệp và sẽ bắt đầu vào thứ Hai.",
        "Gửi anh chị bản nháp để xem qua. Anh chị cho chúng tôi biết ý kiến nhé.",
        "Bản cập nhật đã được đưa lên. Anh chị vui lòng kiểm tra khi có thời gian.",
    ),
    "reminder": (
        "Xin nhắc nhẹ: hóa đơn tháng trước đã đến hạn thanh toán.",
        "Theo ghi nhận của chúng tôi, hóa đơn đính kèm vẫn chưa được thanh toán. "
        "Anh chị kiểm tra giúp nhé.",
        "Nhắc lần hai: hóa đơn đã quá hạn. Anh chị vui lòng cho biết ngày thanh toán.",
    ),
}

SL: dict[str, tuple[str, ...]] = {
    "abusive": (
        "Ste res popolni nesposobneži? To je smeti, tako kot vi.",
        "Dovolj mi je vaših butastih izgovorov. POPRAVITE TO TAKOJ, idioti!",
        "Vaša oblikovalka je neuporabna, popolna bebka. Naj neha zapravljati moj denar.",
        "Utihnite in delajte, za kar ste plačani, klovni patetični.",
        "Če to ne bo narejeno do večera, pridem tja in boste obžalovali.",
    ),
    "complaint": (
        "Z zadnjo dostavo sem zelo nezadovoljen, postavitev ni takšna, kot smo se dogovorili.",
        "Poročilo je že tretjič zamujeno. To ni sprejemljivo.",
        "Spletna stran ni delovala ves konec tedna in nihče nas ni obvestil.",
        "Razočarani smo nad kakovostjo fotografij, več jih je neostrih.",
        "Račun se ne ujema s ponudbo, prosimo za pojasnilo.",
    ),
    "minor_complaint": (
        "Modra na pasici je malo temnejša kot na osnutku, nič hudega.",
        "Malenkost: v nogi strani je še vedno lanska letnica.",
        "PDF se na telefonu odpira malce počasi.",
        "V drugem odstavku brošure je ostala tipkarska napaka.",
        "En gumb na strani za kontakt je rahlo zamaknjen.",
    ),
    "payment_excuse": (
        "Oprostite za zamudo pri plačilu, naša računovodkinja je na dopustu do naslednjega meseca.",
        "To četrtletje smo na tesnem z denarjem, lahko plačamo čez nekaj tednov?",
        "Računa sploh nismo prejeli, ga lahko pošljete še enkrat?",
        "Plačilo se je zataknilo pri banki, naslednji teden bo šlo skozi.",
        "Naš največji kupec nam še ni plačal, poravnali bomo takoj, ko bo.",
    ),
    "change_request": (
        "Bi lahko dodali še stran za spletno rezervacijo? Ni bilo v dogovoru, a jo potrebujemo.",
        "Pravzaprav, lahko celotno barvno shemo spremenimo v zeleno?",
        "Želimo še angleško različico strani, poleg dogovorjenega.",
        "To ni čisto to. Lahko poskusite meni v drugi smeri?",
        "Prosimo, dodajte dve strani za novo linijo izdelkov.",
    ),
    "ethics_request": (
        "Lahko račun datirate na lanski december, da gre v prejšnje davčno leto?",
        "Bi del plačali z gotovino, brez računa, da se izognemo DDV?",
        "Napišite nam dvajset lažnih ocen s petimi zvezdicami pod različnimi imeni.",
        "Svetovalne ure vpišite kot nakup opreme, da jih uveljavimo pri davku.",
    ),
    "urgent": (
        "NUJNO: stran za plačilo ne deluje, prosim poglejte takoj.",
        "Potrebujemo še danes, nujno je! Jutri zjutraj začnemo.",
        "Čim prej, prosim — tiskarna čaka datoteke v eni uri.",
        "Nujno!! Me lahko kdo takoj pokliče nazaj?",
    ),
    "friendly": (
        "Hvala za hiter odziv, celotna ekipa je navdušena!",
        "Ta hrošč je bil prava prekleta mora, hvala, da ste ga rešili!",
        "Ste hudičevo dobri, zagon je šel brez napake.",
        "Odličen sestanek danes, zelo smo zadovoljni s smerjo.",
        "Hvala za potrpežljivost z vsemi našimi vprašanji.",
    ),
    "neutral": (
        "V prilogi pošiljam besedilo za stran O nas.",
        "Lahko četrtkov klic prestavimo na 15. uro?",
        "Tukaj so podatki za prijavo v gostovanje.",
        "Potrjujem, da smo prejeli osnutek, ta teden ga pregledamo.",
        "Kaj potrebujete od nas za naslednji korak?",
    ),
    "reply": (
        "Hvala, datoteke smo prejeli in začnemo v ponedeljek.",
        "Pošiljamo osnutek v pregled. Sporočite nam svoje mnenje.",
        "Posodobitev je objavljena. Prosimo, preverite jo, ko boste utegnili.",
    ),
    "reminder": (
        "Prijazen opomnik: račun za prejšnji mesec je zapadel v plačilo.",
        "Po naših evidencah priloženi račun še ni plačan. Bi lahko preverili?",
        "Drugi opomin: račun je po datumu zapadlosti. Prosimo, sporočite, kdaj bo plačan.",
    ),
}

PHRASES: dict[str, dict[str, tuple[str, ...]]] = {"en": EN, "fr": FR, "vi": VI, "sl": SL}

# Subjects of e-mails, by language: an e-mail without a subject looks odd in the inbox.
SUBJECTS: dict[str, tuple[str, ...]] = {
    "en": ("Website", "Next steps", "Re: draft", "Invoice", "Quick question", "Launch"),
    "fr": ("Site web", "Prochaines étapes", "Re : maquette", "Facture", "Petite question"),
    "vi": ("Trang web", "Các bước tiếp theo", "Re: bản nháp", "Hóa đơn", "Hoi nhanh"),
    "sl": ("Spletna stran", "Naslednji koraki", "Re: osnutek", "Račun", "Hitro vprašanje"),
}
