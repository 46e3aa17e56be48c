namespace Vetrina.Data.Security;

/// <summary>
/// Puts a page or an endpoint under the window limit registered by that name (<see cref="WindowLimits.AddWindowLimit"/>):
/// each client address may send it so many times per window.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class WindowLimitAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
