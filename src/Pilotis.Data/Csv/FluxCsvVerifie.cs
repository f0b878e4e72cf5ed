namespace Pilotis.Data.Csv;

/// <summary>
/// Le flux que lit le lecteur CSV : chaque bloc d'octets y est vérifié au passage (UTF-8 valide, aucun octet nul) et
/// ses fins de ligne comptées, pour nommer la ligne du premier octet fautif. Vérifier en passant plutôt que par une
/// passe préalable : l'extrait national des demandes (2,8 millions de lignes) n'est pas lu une fois de plus, et un
/// flux qui ne se rembobine pas (téléversement, tube) se vérifie aussi. Le défaut lève
/// <see cref="FichierCsvRefuseException"/> avant que la ligne fautive n'atteigne l'import, donc avant toute écriture.
/// </summary>
internal sealed class FluxCsvVerifie(Stream source) : Stream
{
    /// <summary>Le bloc lu d'un coup, et le début du fichier que <see cref="DiagnosticCsv.Debut"/> examine.</summary>
    public const int TailleBloc = 64 * 1024;

    // Une séquence UTF-8 compte 4 octets au plus : 3 peuvent attendre le bloc suivant.
    private readonly byte[] _tampon = new byte[TailleBloc + 3];

    // [_debut, _fin) : octets vérifiés à rendre ; [_fin, _fin + _attente) : octets lus pas encore vérifiés.
    private int _debut;
    private int _fin;
    private int _attente;
    private long _lignes;
    private bool _epuise;

    /// <summary>
    /// Lit le début du fichier (jusqu'à <see cref="TailleBloc"/> octets) sans le vérifier, pour le diagnostic ; il
    /// sera vérifié puis rendu par les premières lectures.
    /// </summary>
    /// <returns>Les octets lus, et vrai s'ils sont tout le fichier.</returns>
    public (ReadOnlyMemory<byte> Debut, bool FinDuFichier) LireDebut()
    {
        while (_attente < TailleBloc && !_epuise)
        {
            var lus = source.Read(_tampon, _attente, TailleBloc - _attente);
            _attente += lus;
            _epuise = lus == 0;
        }
        return (_tampon.AsMemory(0, _attente), _epuise);
    }

    public override int Read(Span<byte> buffer)
    {
        while (_debut == _fin)
        {
            if (_epuise && _attente == 0)
                return 0;
            Ramener();
            // Au plus un caractère coupé en attente : le bloc suivant se lit à sa suite. Sinon, c'est le début du
            // fichier lu pour le diagnostic, qui se vérifie d'abord.
            if (!_epuise && _attente < 4)
            {
                var lus = source.Read(_tampon, _attente, TailleBloc);
                _attente += lus;
                _epuise = lus == 0;
            }
            Verifier();
        }
        return Rendre(buffer);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_debut == _fin)
        {
            if (_epuise && _attente == 0)
                return 0;
            Ramener();
            if (!_epuise && _attente < 4)
            {
                var lus = await source.ReadAsync(_tampon.AsMemory(_attente, TailleBloc), cancellationToken);
                _attente += lus;
                _epuise = lus == 0;
            }
            Verifier();
        }
        return Rendre(buffer.Span);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>
    /// Ramène en tête du tampon les octets en attente (la fin coupée d'un caractère, ou le début lu).
    /// </summary>
    private void Ramener()
    {
        if (_fin > 0 && _attente > 0)
            Buffer.BlockCopy(_tampon, _fin, _tampon, 0, _attente);
        _debut = _fin = 0;
    }

    /// <summary>
    /// Vérifie les octets en attente, sauf un caractère coupé par la fin du bloc tant que le fichier continue.
    /// </summary>
    private void Verifier()
    {
        var octets = _tampon.AsSpan(0, _attente);
        var complets = _epuise ? octets.Length : DiagnosticCsv.FinSequencesCompletes(octets);
        if (DiagnosticCsv.Octets(octets[..complets], _lignes) is ErreurLigne erreur)
            throw new FichierCsvRefuseException(erreur);
        _lignes += octets[..complets].Count((byte)'\n');
        _fin = complets;
        _attente -= complets;
    }

    private int Rendre(Span<byte> destination)
    {
        var n = Math.Min(destination.Length, _fin - _debut);
        _tampon.AsSpan(_debut, n).CopyTo(destination);
        _debut += n;
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            source.Dispose();
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await source.DisposeAsync();
        await base.DisposeAsync();
    }
}
