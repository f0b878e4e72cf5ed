using CsvHelper;

namespace Pilotis.Data.Csv;

/// <summary>
/// Un fichier d'import ouvert par <see cref="LectureCsv.Ouvrir"/>, son en-tête lu et vérifié : le lecteur CSV et la
/// lecture ligne à ligne. Une ligne mal formée (guillemet isolé, texte après un guillemet fermant, guillemet jamais
/// fermé, nombre de champs différent de celui de l'en-tête) est sautée et remise à l'import avec son numéro, qui la
/// rapporte parmi ses autres erreurs : ni ses cellules décalées ni la suite du fichier avalée ne sont lues comme des
/// valeurs. Un défaut du fichier entier lève <see cref="FichierCsvRefuseException"/>.
/// </summary>
public sealed class FichierCsv : IDisposable
{
    private readonly Action<ErreurLigne>? _ligneMalFormee;
    private ErreurLigne? _enteteMalForme;

    // Le nombre de colonnes de l'en-tête ; -1 tant qu'il n'est pas lu (un défaut est alors celui de l'en-tête).
    private int _colonnes = -1;

    internal FichierCsv(Stream flux, Action<ErreurLigne>? ligneMalFormee)
    {
        _ligneMalFormee = ligneMalFormee;
        Lecteur = CsvReader.Create(
            flux,
            new CsvReaderOptions
            {
                Separator = ';',
                TrimWhitespace = true,
                TrackLineNumbers = true,
                SkipEmptyLines = true,
                // Par défaut la bibliothèque « répare » : un guillemet jamais fermé avalait la suite du fichier.
                MalformedData = CsvMalformedDataHandling.Skip,
                FieldCountMismatch = CsvFieldCountHandling.Skip,
                OnMalformedRecord = Signaler,
                // Borne la mémoire d'un guillemet jamais fermé dans un gros fichier (l'enregistrement grandirait
                // jusqu'à la fin du fichier) ; un vrai enregistrement d'import fait quelques centaines d'octets.
                MaxRecordSize = LectureCsv.TailleMaximaleEnregistrement,
            }
        );
    }

    /// <summary>Le lecteur, positionné sur la ligne que <see cref="Lire"/> vient de rendre.</summary>
    public CsvReader Lecteur { get; }

    /// <summary>Passe à la ligne bien formée suivante ; faux à la fin du fichier.</summary>
    /// <exception cref="FichierCsvRefuseException">Octets invalides ou enregistrement démesuré.</exception>
    public bool Lire()
    {
        try
        {
            return Lecteur.Read();
        }
        catch (CsvFormatException e)
        {
            throw Refus(e);
        }
    }

    /// <inheritdoc cref="Lire"/>
    public async ValueTask<bool> LireAsync(CancellationToken ct = default)
    {
        try
        {
            return await Lecteur.ReadAsync(ct);
        }
        catch (CsvFormatException e)
        {
            throw Refus(e);
        }
    }

    public void Dispose() => Lecteur.Dispose();

    /// <summary>
    /// Lit l'en-tête : un en-tête mal formé refuse le fichier (la ligne suivante deviendrait l'en-tête).
    /// </summary>
    internal void LireEntete()
    {
        IReadOnlyList<string> entetes;
        try
        {
            entetes = Lecteur.Headers;
        }
        catch (CsvFormatException e)
        {
            throw Refus(e);
        }
        if (_enteteMalForme is not null)
            throw new FichierCsvRefuseException(_enteteMalForme);
        _colonnes = entetes.Count;
    }

    // Seule la taille maximale d'un enregistrement lève encore : les défauts de guillemets sont sautés et signalés.
    private static FichierCsvRefuseException Refus(CsvFormatException e) =>
        new(
            new ErreurLigne(
                (int)Math.Clamp(e.LineNumber, 1, int.MaxValue),
                MessagesCsv.EnregistrementTropLong(LectureCsv.TailleMaximaleEnregistrement)
            )
        );

    private void Signaler(CsvMalformedRecord defaut)
    {
        var ligne = (int)Math.Clamp(defaut.LineNumber, 1, int.MaxValue);
        var message = defaut.Reason switch
        {
            CsvMalformedReason.UnterminatedQuote => MessagesCsv.GuillemetNonFerme,
            CsvMalformedReason.StrayQuote => MessagesCsv.GuillemetIsole,
            CsvMalformedReason.TextAfterClosingQuote => MessagesCsv.TexteApresGuillemet,
            CsvMalformedReason.FieldCountMismatch => MessagesCsv.NombreDeChamps(
                CompterChamps(defaut.RawRecord),
                _colonnes
            ),
            // Les autres raisons (saut de ligne interdit entre guillemets, échappement) ne valent pas pour nos
            // options : un guillemet reste la cause la plus probable.
            _ => MessagesCsv.GuillemetIsole,
        };
        if (_colonnes < 0)
            _enteteMalForme ??= new ErreurLigne(ligne, MessagesCsv.EnteteMalForme(message));
        else
            _ligneMalFormee?.Invoke(new ErreurLigne(ligne, message));
    }

    /// <summary>Les champs d'une ligne brute : les « ; » hors guillemets, plus un.</summary>
    public static int CompterChamps(string brute)
    {
        ArgumentNullException.ThrowIfNull(brute);
        var champs = 1;
        var entreGuillemets = false;
        foreach (var c in brute)
        {
            if (c == '"')
                entreGuillemets = !entreGuillemets;
            else if (c == ';' && !entreGuillemets)
                champs++;
        }
        return champs;
    }
}
