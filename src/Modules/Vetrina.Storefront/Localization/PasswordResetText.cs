using Vetrina.Kernel;

namespace Vetrina.Storefront.Localization;

/// <summary>The words of "forgot your password?" and its email, in each storefront language.</summary>
internal sealed record PasswordResetText(
    string Forgot,
    string Intro,
    string Send,
    string Sent,
    string ChooseNew,
    string NewPassword,
    string Save,
    string Done,
    string LinkInvalid,
    string MailSubject,
    string MailBody)
{
    public static PasswordResetText For(string language) => language switch
    {
        Languages.Italian => new("Password dimenticata?", "Scrivi l'email del tuo account: ti mandiamo un link per sceglierne una nuova.", "Invia il link",
            "Se esiste un account con questa email, ti abbiamo appena scritto. Il link vale due ore.", "Scegli una nuova password", "Nuova password",
            "Salva la password", "Password cambiata: ora puoi accedere.", "Il link è scaduto o è già stato usato: chiedine uno nuovo.",
            "Scegli una nuova password", "Per scegliere una nuova password del tuo account Vetrina apri questo link entro due ore:\n\n{0}\n\nSe non l'hai chiesto tu, ignora questa email."),
        Languages.Korean => new("비밀번호를 잊으셨나요?", "계정 이메일을 입력하시면 새 비밀번호를 설정할 수 있는 링크를 보내 드립니다.", "링크 보내기",
            "해당 이메일의 계정이 있다면 방금 메일을 보냈습니다. 링크는 2시간 동안 유효합니다.", "새 비밀번호 설정", "새 비밀번호", "비밀번호 저장",
            "비밀번호가 변경되었습니다. 이제 로그인할 수 있습니다.", "링크가 만료되었거나 이미 사용되었습니다. 새 링크를 요청해 주세요.",
            "새 비밀번호 설정", "Vetrina 계정의 새 비밀번호를 설정하려면 2시간 안에 다음 링크를 여세요:\n\n{0}\n\n직접 요청하지 않으셨다면 이 메일을 무시하세요."),
        _ => new("Forgot your password?", "Enter your account's email: we will send you a link to choose a new one.", "Send the link",
            "If there is an account with this email, we have just written to it. The link works for two hours.", "Choose a new password", "New password",
            "Save the password", "Password changed: you can sign in now.", "This link has expired or was used already: ask for a new one.",
            "Choose a new password", "To choose a new password for your Vetrina account, open this link within two hours:\n\n{0}\n\nIf you did not ask for this, ignore this email."),
    };
}
