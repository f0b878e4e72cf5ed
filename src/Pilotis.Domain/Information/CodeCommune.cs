namespace Pilotis.Domain.Information;

/// <summary>Forme d'un code INSEE de commune : cinq chiffres, ou 2A/2B suivis de trois chiffres (Corse).</summary>
public static class CodeCommune
{
    public static bool BienForme(string? code) =>
        code is { Length: 5 }
        && (
            code.All(char.IsAsciiDigit) || (code[0] == '2' && code[1] is 'A' or 'B' && code[2..].All(char.IsAsciiDigit))
        );
}
