import { parseSync } from 'oxc-parser/src-js/bindings';
import { jsonParseAst } from 'oxc-parser/src-js/wrap';
import fs from 'node:fs';
const files = JSON.parse(fs.readFileSync('/tmp/parsed-list.json','utf8')).filter(f=>fs.existsSync(f));
const texts = files.map(f=>[f, fs.readFileSync(f,'utf8')]);
const mode = process.argv[2];
let json=0; const t=performance.now(); const keep=[];
for (let rep=0; rep<3; rep++) for (const [f,text] of texts) {
  const lang = f.endsWith('.tsx')?'tsx':f.endsWith('.ts')?'ts':'jsx';
  const astType = mode==='mixed' ? (/\bclass\b/.test(text)?'ts':'js') : mode;
  const r = parseSync(f, text, {lang, astType, preserveParens:false, sourceType:'unambiguous'});
  const p = r.program; json+=p.length; keep.push(jsonParseAst(p)); if (keep.length>400) keep.length=0;
}
console.log(mode, (performance.now()-t).toFixed(0)+'ms/3', (json/3/1e6).toFixed(1)+'MB json');
