using Vetrina.EmailMarketing.Contacts;

namespace Vetrina.EmailMarketing.Contracts;

/// <summary>
/// The words of the newsletter form, the confirmation email and the footer every campaign carries, per language. The
/// version goes into each consent proof: change it whenever the consent wording changes.
/// </summary>
public sealed record OptInText(
    string Heading,
    string Consent,
    string NightConsent,
    string Button,
    string EmailLabel,
    string Sent,
    string ConfirmSubject,
    string ConfirmBody,
    string ConfirmButton,
    string Confirmed,
    string LinkExpired,
    string UnsubscribeHeading,
    string UnsubscribeQuestion,
    string UnsubscribeButton,
    string Unsubscribed,
    string FooterWhy,
    string FooterOptOut,
    string InvalidEmail,
    string ReconfirmSubject,
    string ReconfirmBody)
{
    public const string Version = "newsletter/2026-11";

    private static readonly OptInText English = new(
        "Newsletter",
        "Send me news, new collections and offers by email. I can unsubscribe at any time, free of charge.",
        "I also agree to receive offers between 21:00 and 08:00.",
        "Subscribe",
        "Email address",
        "Almost done: we have sent you an email. Click the link in it to confirm your subscription.",
        "Confirm your subscription",
        "Please confirm that you want to receive our newsletter at this address. If you did not ask for it, ignore this email: you will not be subscribed.",
        "Confirm subscription",
        "Thank you: your subscription is confirmed.",
        "This link has expired or was already used. Subscribe again from the form at the bottom of any page.",
        "Unsubscribe",
        "Stop receiving marketing emails at {0}?",
        "Unsubscribe",
        "You are unsubscribed. You will receive no more marketing emails from us; order emails still arrive.",
        "You receive this email because you subscribed to the {0} newsletter.",
        "Unsubscribe (free of charge)",
        "Enter a valid email address, like name@example.com.",
        "Do you still want our emails?",
        "On {0} you agreed to receive our newsletter. Please confirm that you still want it; without your confirmation we will stop sending it. You can unsubscribe free of charge at any time.");

    private static readonly OptInText Italian = new(
        "Newsletter",
        "Inviatemi per email novità, nuove collezioni e offerte. Posso disiscrivermi in qualsiasi momento, gratuitamente.",
        "Accetto anche di ricevere offerte tra le 21:00 e le 08:00.",
        "Iscriviti",
        "Indirizzo email",
        "Quasi fatto: ti abbiamo inviato un'email. Clicca sul link per confermare l'iscrizione.",
        "Conferma la tua iscrizione",
        "Conferma che vuoi ricevere la nostra newsletter a questo indirizzo. Se non l'hai chiesto tu, ignora questa email: non verrai iscritto.",
        "Conferma l'iscrizione",
        "Grazie: la tua iscrizione è confermata.",
        "Questo link è scaduto o è già stato usato. Iscriviti di nuovo dal modulo in fondo a ogni pagina.",
        "Annulla l'iscrizione",
        "Non ricevere più email promozionali a {0}?",
        "Annulla l'iscrizione",
        "Iscrizione annullata. Non riceverai più email promozionali; le email sugli ordini continuano ad arrivare.",
        "Ricevi questa email perché ti sei iscritto alla newsletter di {0}.",
        "Annulla l'iscrizione (gratuito)",
        "Inserisci un indirizzo email valido, come nome@esempio.it.",
        "Vuoi ancora ricevere le nostre email?",
        "Il {0} hai accettato di ricevere la nostra newsletter. Conferma che vuoi continuare a riceverla; senza conferma smetteremo di inviarla. Puoi disiscriverti gratuitamente in qualsiasi momento.");

    private static readonly OptInText Korean = new(
        "뉴스레터",
        "신상품, 새 컬렉션, 할인 소식을 이메일로 받겠습니다. 언제든지 무료로 수신을 거부할 수 있습니다.",
        "21시부터 다음 날 8시 사이의 광고성 정보 수신에도 동의합니다.",
        "구독하기",
        "이메일 주소",
        "거의 다 되었습니다. 보내드린 이메일의 링크를 눌러 구독을 확인해 주세요.",
        "구독을 확인해 주세요",
        "이 주소로 뉴스레터를 받으시려면 확인해 주세요. 요청하지 않으셨다면 이 이메일을 무시하세요. 구독되지 않습니다.",
        "구독 확인",
        "감사합니다. 구독이 확인되었습니다.",
        "링크가 만료되었거나 이미 사용되었습니다. 페이지 하단의 양식에서 다시 구독해 주세요.",
        "수신거부",
        "{0}(으)로 광고성 이메일을 그만 받으시겠습니까?",
        "수신거부",
        "수신거부가 완료되었습니다. 더 이상 광고성 이메일을 보내지 않습니다. 주문 관련 이메일은 계속 발송됩니다.",
        "{0} 뉴스레터 수신에 동의하셨기 때문에 이 이메일을 받으셨습니다.",
        "수신거부 (무료)",
        "name@example.com 과 같은 올바른 이메일 주소를 입력해 주세요.",
        "광고성 정보 수신동의 여부 확인 안내",
        "고객님께서는 {0}에 광고성 정보 수신에 동의하셨습니다. 「정보통신망법」에 따라 2년마다 수신동의 여부를 확인하고 있습니다. 계속 받으시려면 아래 버튼을 눌러 주세요. 확인하지 않으시면 발송을 중단합니다. 수신거부는 언제든지 무료로 하실 수 있습니다.");

    /// <summary>Whether the form asks for consent to emails at night: Korea forbids advertising email between 21:00 and 08:00 without it.</summary>
    public static bool AsksNightConsent(string country) => MarketingRules.IsKorean(country);

    public static OptInText For(string language) => language switch
    {
        "it" => Italian,
        "ko" => Korean,
        _ => English,
    };

    /// <summary>The consent wording exactly as the form showed it, for the proof.</summary>
    public string ShownText(bool nightConsent) => nightConsent ? $"{Consent} {NightConsent}" : Consent;
}
