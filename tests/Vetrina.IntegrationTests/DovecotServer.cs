using System.Diagnostics;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace Vetrina.IntegrationTests;

/// <summary>
/// A throwaway Dovecot IMAP server on loopback from Debian's dovecot-imapd, started once per test run. Any user name
/// logs in (each test app polls a mailbox of its own, so two apps never read each other's mail); mail is stored as
/// nobody in a temporary folder. Missing binaries fail the run: .ci/run installs them.
/// </summary>
public sealed class DovecotServer : IDisposable
{
    private const string Binary = "/usr/sbin/dovecot";

    private static readonly Lazy<DovecotServer> Started = new(Start);

    private readonly Process process;
    private readonly string folder;

    private DovecotServer(Process process, string folder, int port)
    {
        this.process = process;
        this.folder = folder;
        Port = port;
    }

    public static DovecotServer Shared => Started.Value;

    public int Port { get; }

    /// <summary>Puts a message in a mailbox, as a mail server delivering it would.</summary>
    public async Task DeliverAsync(string user, MimeMessage message)
    {
        using var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(user, "any");
        await client.Inbox.AppendAsync(message, MessageFlags.None);
        await client.DisconnectAsync(quit: true);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        Directory.Delete(folder, recursive: true);
    }

    private static DovecotServer Start()
    {
        Assert.True(File.Exists(Binary), $"{Binary} is missing: apt-get install dovecot-imapd (.ci/run does).");
        var folder = Directory.CreateTempSubdirectory("vetrina-dovecot-").FullName;
        foreach (var sub in new[] { "mail", "run", "state" })
        {
            Directory.CreateDirectory(Path.Combine(folder, sub));
        }

        if (!OperatingSystem.IsWindows())
        {
            // Dovecot stores mail as nobody: it must get through the folder and write the mail folder.
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead
                | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            File.SetUnixFileMode(Path.Combine(folder, "mail"), (UnixFileMode)0x1FF);
        }
        var port = Loopback.FreePort();
        var config = Path.Combine(folder, "dovecot.conf");
        File.WriteAllText(config, $$"""
            protocols = imap
            listen = 127.0.0.1
            base_dir = {{folder}}/run
            state_dir = {{folder}}/state
            log_path = /dev/stderr
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            mail_location = maildir:{{folder}}/mail/%u
            first_valid_uid = 0
            passdb {
              driver = static
              args = nopassword=y
            }
            userdb {
              driver = static
              args = uid=65534 gid=65534 home={{folder}}/mail/%u
            }
            service imap-login {
              inet_listener imap {
                port = {{port}}
              }
            }
            """);
        var process = Process.Start(new ProcessStartInfo(Binary, $"-F -c {config}") { RedirectStandardError = true, RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("Dovecot did not start.");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var until = DateTime.UtcNow.AddSeconds(20);
        while (!Loopback.Listening(port))
        {
            Assert.False(process.HasExited, "Dovecot stopped at start: check the configuration written to " + config);
            Assert.True(DateTime.UtcNow < until, "Dovecot did not listen within 20 s.");
            Thread.Sleep(50);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Started.Value.Dispose();
        return new DovecotServer(process, folder, port);
    }
}
