namespace Vetrina.Messaging.Contracts;

/// <summary>
/// The mail server could not be reached or would not take a connection (refused, no greeting, 421, failed sign-in or
/// TLS): nothing about any one message, so senders give their messages back without counting a try.
/// </summary>
public sealed class SmtpUnreachableException(string message, Exception inner) : Exception(message, inner);
